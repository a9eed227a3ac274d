package org.orderdesk.security;

import java.time.Instant;
import java.util.Optional;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.KnownDevice;

/** Where the browsers accounts have logged in from are kept (KnownDevice), by the hash of their token. */
public interface KnownDeviceRepository {

    Optional<KnownDevice> find(Account account, String tokenHash);

    boolean hasAny(Account account);

    void add(KnownDevice device);

    /** Forgets browsers not used to log in since the instant; how many. */
    int removeUnusedSince(Instant before);
}
