package org.orderdesk.security;

import java.time.Instant;
import java.util.Optional;

/** Where password reset tokens (their hashes) are kept. */
public interface PasswordResetTokenRepository {

    Optional<PasswordResetToken> findByHash(String tokenHash);

    Optional<PasswordResetToken> find(Long id);

    void add(PasswordResetToken token);

    /** Spends every unspent token of the account. */
    void spendAll(Account account, Instant now);
}
