package org.orderdesk.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The token of an address verification link: proof of the mailbox, which logs its account in once. Public, as
 * Jakarta Security finds the identity store's validate method for it by reflection.
 */
public record VerificationLinkCredential(String token) implements Credential {

    @Override
    public String toString() {
        return "VerificationLinkCredential";
    }
}
