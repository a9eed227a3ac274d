package org.orderdesk.security;

import java.util.List;
import java.util.Optional;
import org.orderdesk.security.domain.Account;

/** Where login accounts are kept; e-mail look-ups are case-insensitive. */
public interface AccountRepository {

    Optional<Account> findByEmail(String email);

    /** Locks the row until the transaction ends: concurrent logins must not lose a failure count. */
    Optional<Account> findByEmailForUpdate(String email);

    /** Account.credentialsVersion alone, without loading the account. */
    Optional<Long> credentialsVersion(String email);

    /** Every operator, by e-mail. */
    List<Account> operators();

    void add(Account account);

    /** The password hashes that do not start with the prefix, with their accounts' ids. */
    List<StoredPasswordHash> passwordHashesWithout(String prefix);

    /**
     * Replaces a password hash that is still {@code expected}, without counting as a new password (sessions stay);
     * false if it changed meanwhile.
     */
    boolean replacePasswordHash(long accountId, String expected, String replacement);
}
