package org.orderdesk.web.security;

import jakarta.security.enterprise.credential.Credential;

/** The token of an address verification link: proof of the mailbox, which logs its account in once. */
record VerificationLinkCredential(String token) implements Credential {

    @Override
    public String toString() {
        return "VerificationLinkCredential";
    }
}
