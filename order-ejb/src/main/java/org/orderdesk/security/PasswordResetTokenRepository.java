package org.orderdesk.security;

import java.time.Instant;
import java.util.Optional;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.PasswordResetToken;

/** Where password reset tokens (their hashes) are kept. */
public interface PasswordResetTokenRepository {

    Optional<PasswordResetToken> findByHash(String tokenHash);

    Optional<PasswordResetToken> find(Long id);

    void add(PasswordResetToken token);

    /** Spends every unspent token of the account. */
    void spendAll(Account account, Instant now);
}
