package org.orderdesk.security.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One-time recovery codes, for an operator whose phone is gone: ten random codes of 120 bits each, shown once.
 * Only their SHA-256 is kept. A fast unsalted hash is enough here, unlike for passwords: nobody chose these codes,
 * so there is no dictionary to try, and 120 random bits cannot be searched (ASVS 2.6.2 asks for 112 bits, or a salt
 * and a slow hash below that).
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    /** 24 Base32 characters carry 120 bits. */
    private static final int BYTES = 15;
    private static final int GROUP = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    /** Fresh codes, as shown to the operator: groups of four characters, lower case, easy to read out and type. */
    public static List<String> newCodes() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            byte[] random = new byte[BYTES];
            RANDOM.nextBytes(random);
            String plain = Base32.encode(random).toLowerCase(Locale.ROOT);
            StringBuilder grouped = new StringBuilder();
            for (int at = 0; at < plain.length(); at += GROUP) {
                grouped.append(at == 0 ? "" : "-").append(plain, at, at + GROUP);
            }
            codes.add(grouped.toString());
        }
        return codes;
    }

    /** What is stored for a code: the SHA-256 of the code as typed, without case, spaces or dashes. */
    public static String hash(String code) {
        String normalized = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
