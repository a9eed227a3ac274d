package org.orderdesk.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of an operator's login, as the second-factor page hands it to the authentication mechanism: a
 * one-time code (to enrol, or to log in) or a recovery code. Who it is for is the session's SecondFactorPending.
 */
record SecondFactorCredential(String code) implements Credential {

    @Override
    public String toString() {
        // A record would print the code; nothing that might be logged may carry it.
        return "SecondFactorCredential";
    }
}
