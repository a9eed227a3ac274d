package org.orderdesk.security.domain;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes as authenticator apps make them (RFC 6238 over RFC 4226): HMAC-SHA1 of the number of
 * 30-second steps since the epoch, truncated to 6 digits. A code is taken one step either side of now, so that a
 * phone whose clock is a little off still works.
 */
public final class OneTimeCodes {

    public static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    /** 160 bits, the HMAC-SHA1 key length RFC 4226 recommends. */
    private static final int SECRET_BYTES = 20;
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
            100_000_000};
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeCodes() {
    }

    /** A new shared secret, in Base32 as the authenticator app takes it. */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return Base32.encode(secret);
    }

    public static long stepAt(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of the given time step, with the given number of digits (RFC 4226's dynamic truncation). */
    public static String code(byte[] key, long step, int digits) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java has HmacSHA1", e);
        }
        int offset = hash[hash.length - 1] & 0xf;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS_OF_TEN[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    public static String code(String base32Secret, long step) {
        return code(Base32.decode(base32Secret), step, DIGITS);
    }

    /**
     * The step whose code this is, among the step of now and the one either side that come after lastUsedStep:
     * a code already used, or one older than it, never counts again (ASVS 2.8.4). Spaces (apps show "123 456")
     * do not matter.
     */
    public static OptionalLong matchingStep(String base32Secret, String code, Instant now, long lastUsedStep) {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (!digits.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        byte[] key = Base32.decode(base32Secret);
        long current = stepAt(now);
        for (long step = Math.max(current - 1, lastUsedStep + 1); step <= current + 1; step++) {
            if (MessageDigest.isEqual(code(key, step, DIGITS).getBytes(StandardCharsets.US_ASCII),
                    digits.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The otpauth URI authenticator apps read from a QR code (Google Authenticator's key URI format). */
    public static String enrolmentUri(String issuer, String accountName, String base32Secret) {
        return "otpauth://totp/" + uriEncode(issuer) + ":" + uriEncode(accountName) + "?secret=" + base32Secret
                + "&issuer=" + uriEncode(issuer);
    }

    private static String uriEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
