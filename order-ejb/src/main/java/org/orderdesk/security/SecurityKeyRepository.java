package org.orderdesk.security;

import java.util.List;
import java.util.Optional;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.SecurityKey;

/** Where operators' security keys are kept (SecurityKey). */
public interface SecurityKeyRepository {

    /** The account's keys, oldest first. */
    List<SecurityKey> of(Account account);

    Optional<SecurityKey> find(Account account, long id);

    /** Whether a key with this credential id is registered to any account. */
    boolean isRegistered(String credentialId);

    void add(SecurityKey key);

    void remove(SecurityKey key);

    /** Removes every key of the account; how many. */
    int removeAll(Account account);
}
