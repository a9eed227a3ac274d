package org.orderdesk.security;

import java.util.Optional;

/** Where login accounts are kept; e-mail look-ups are case-insensitive. */
public interface AccountRepository {

    Optional<Account> findByEmail(String email);

    void add(Account account);
}
