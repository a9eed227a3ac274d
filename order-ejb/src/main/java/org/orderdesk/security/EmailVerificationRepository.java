package org.orderdesk.security;

import java.util.Optional;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.EmailVerification;

/** Where the verifications of e-mail addresses still waiting for their link are kept. */
public interface EmailVerificationRepository {

    /** Locked, so that two requests with the same link cannot both use it. */
    Optional<EmailVerification> findByHash(String tokenHash);

    /** Locked, like findByHash. */
    Optional<EmailVerification> find(long id);

    /** The account's pending verification, locked; none once the address is verified. */
    Optional<EmailVerification> findByAccountForUpdate(Account account);

    /** Whether the account's address still waits for its link. */
    boolean isPending(Account account);

    void add(EmailVerification verification);

    /** The address is verified: the verification and its link are gone. */
    void remove(EmailVerification verification);
}
