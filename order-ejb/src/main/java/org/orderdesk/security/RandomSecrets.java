package org.orderdesk.security;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable strings (CSPRNG, URL-safe Base64) for one-time tokens and generated passwords. */
public final class RandomSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomSecrets() {
    }

    /** A URL-safe string carrying the given number of random bytes. */
    public static String of(int bytes) {
        byte[] secret = new byte[bytes];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
