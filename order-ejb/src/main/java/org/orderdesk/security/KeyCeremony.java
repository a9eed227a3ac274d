package org.orderdesk.security;

import java.io.Serializable;

/**
 * What one WebAuthn registration or sign-in is checked against: the random challenge the server gave the browser
 * (URL-safe Base64, 32 bytes), and the origin and relying-party id (host name) of the page that asked. The web
 * module keeps it in the session until the browser's answer comes, and uses it once.
 */
public record KeyCeremony(String origin, String rpId, String challenge) implements Serializable {

    private static final int CHALLENGE_BYTES = 32;

    /** A ceremony with a new challenge, for the page at this origin and host name. */
    public static KeyCeremony begin(String origin, String rpId) {
        return new KeyCeremony(origin, rpId, RandomSecrets.of(CHALLENGE_BYTES));
    }
}
