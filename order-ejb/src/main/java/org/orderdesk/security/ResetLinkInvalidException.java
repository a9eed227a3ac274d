package org.orderdesk.security;

import jakarta.ejb.ApplicationException;

/** A password reset link that does not exist, was used already, or has expired. */
@ApplicationException(rollback = true)
public class ResetLinkInvalidException extends Exception {

    private static final long serialVersionUID = 1L;

    public ResetLinkInvalidException() {
        super("Password reset link unknown, used or expired");
    }
}
