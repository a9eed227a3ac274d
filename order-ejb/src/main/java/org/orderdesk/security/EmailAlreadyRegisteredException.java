package org.orderdesk.security;

import jakarta.ejb.ApplicationException;

/** Registration with an e-mail address that already has an account. */
@ApplicationException(rollback = true)
public class EmailAlreadyRegisteredException extends Exception {

    private static final long serialVersionUID = 1L;

    public EmailAlreadyRegisteredException(String email) {
        super("An account exists for " + email);
    }
}
