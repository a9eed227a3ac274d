package org.orderdesk.security;

import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.Role;

/**
 * Whom a password or a verification link proved the caller to be: what the identity store tells the container
 * (the caller's name and group). For an operator only the first step of the login; the second factor follows.
 */
public record AccountIdentity(String email, Role role) {

    static AccountIdentity of(Account account) {
        return new AccountIdentity(account.email(), account.role());
    }
}
