package org.orderdesk.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Unguessable strings (CSPRNG, URL-safe Base64) for one-time tokens and generated passwords, and the hash under
 * which a mailed token is stored, so that a copy of the database holds no usable link.
 */
public final class RandomSecrets {

    /** The size of the token of an e-mailed link (a password reset, an address verification). */
    static final int TOKEN_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomSecrets() {
    }

    /** A URL-safe string carrying the given number of random bytes. */
    public static String of(int bytes) {
        byte[] secret = new byte[bytes];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The SHA-256 of a token (hex): what is stored and looked up instead of the token. */
    static String hashOf(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A new link token's hash, of a secret nobody has: stored until the mail is sent and issues the real one. */
    static String unusableHash() {
        return hashOf(of(TOKEN_BYTES));
    }
}
