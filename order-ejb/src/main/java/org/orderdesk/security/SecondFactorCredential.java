package org.orderdesk.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of an operator's login, as the second-factor page hands it to the authentication mechanism: a
 * one-time code (to enrol, or to log in) or a recovery code. Who it is for is the session's SecondFactorPending.
 * Here, beside LoginService, so that the in-container tests can log operators in as the pages do.
 */
public record SecondFactorCredential(String code) implements Credential {

    @Override
    public String toString() {
        // A record would print the code; nothing that might be logged may carry it.
        return "SecondFactorCredential";
    }
}
