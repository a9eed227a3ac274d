package org.orderdesk.security.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Password verifiers that a stolen database row alone cannot be checked against (ASVS 2.4.5): PBKDF2 of the
 * password and a per-account salt (ASVS 2.4.1), then HMAC-SHA256 of that under a pepper kept outside the database.
 * Stored as {@code pepper1:ALGORITHM:ITERATIONS:KEY_BYTES:SALT:MAC} (Base64), about 130 characters. Hashes of the
 * releases before, Jakarta Security's {@code ALGORITHM:ITERATIONS:SALT:HASH}, are wrapped into this form without
 * the password ({@link #wrap}): the HMAC goes over the PBKDF2 output they already hold. The key length is kept
 * because those hashes have 32-byte keys and new ones 64. An unwrapped hash never verifies: otherwise whoever can
 * write the database could plant a plain PBKDF2 of a password of their choosing.
 */
public final class PepperedPasswordHash {

    public static final String MARK = "pepper1";
    static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final int SALT_BYTES = 32;
    private static final int KEY_BYTES = 64;
    private static final int MIN_PEPPER_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    private final SecretKeySpec pepper;

    public PepperedPasswordHash(byte[] pepper) {
        if (pepper.length < MIN_PEPPER_BYTES) {
            throw new IllegalArgumentException("The pepper must have at least " + MIN_PEPPER_BYTES + " bytes");
        }
        this.pepper = new SecretKeySpec(pepper.clone(), "HmacSHA256");
    }

    public String hash(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Pbkdf2 plain = new Pbkdf2(ALGORITHM, iterations, salt, pbkdf2(ALGORITHM, password, salt, iterations, KEY_BYTES));
        return stored(plain);
    }

    public boolean matches(char[] password, String stored) {
        Optional<Pbkdf2> peppered = parse(stored, true);
        if (peppered.isEmpty()) {
            return false;
        }
        Pbkdf2 expected = peppered.get();
        byte[] derived = pbkdf2(expected.algorithm(), password, expected.salt(), expected.iterations(),
                expected.keyBytes());
        return MessageDigest.isEqual(mac(derived), expected.hash());
    }

    /** A Jakarta Security PBKDF2 hash (from a release before the pepper) in the peppered form; the same password fits. */
    public String wrap(String plainPbkdf2) {
        return stored(parse(plainPbkdf2, false).orElseThrow(
                () -> new IllegalArgumentException("Not a PBKDF2 hash of Jakarta Security's form")));
    }

    public static boolean isPeppered(String stored) {
        return stored.startsWith(MARK + ":");
    }

    /** Whether wrap can take it: Jakarta Security's four parts with a PBKDF2 algorithm. */
    public static boolean isPlainPbkdf2(String stored) {
        return parse(stored, false).isPresent();
    }

    private String stored(Pbkdf2 plain) {
        return String.join(":", MARK, plain.algorithm(), Integer.toString(plain.iterations()),
                Integer.toString(plain.hash().length), BASE64.encodeToString(plain.salt()),
                BASE64.encodeToString(mac(plain.hash())));
    }

    private byte[] mac(byte[] derived) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(pepper);
            mac.update(MARK.getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(derived);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** The PBKDF2 of {@code password}; package-private so that tests can compare with the plain derivation. */
    static byte[] pbkdf2(String algorithm, char[] password, byte[] salt, int iterations, int keyBytes) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, keyBytes * 8);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is missing from this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }

    /**
     * The parts of a stored value: peppered (the hash part is then the MAC and the key length is given) or plain
     * (Jakarta Security's, the key length is the hash's). Empty for anything else, never an exception: a value
     * nobody can parse is a password nobody can give.
     */
    private static Optional<Pbkdf2> parse(String stored, boolean peppered) {
        String[] parts = stored.split(":", -1);
        int first = peppered ? 1 : 0;
        if (parts.length != (peppered ? 6 : 4) || peppered != isPeppered(stored)
                || !parts[first].matches("PBKDF2WithHmacSHA(224|256|384|512)")) {
            return Optional.empty();
        }
        try {
            int iterations = Integer.parseInt(parts[first + 1]);
            byte[] salt = Base64.getDecoder().decode(parts[parts.length - 2]);
            byte[] hash = Base64.getDecoder().decode(parts[parts.length - 1]);
            int keyBytes = peppered ? Integer.parseInt(parts[3]) : hash.length;
            if (iterations < 1 || salt.length == 0 || hash.length == 0 || keyBytes < 1 || keyBytes > 256) {
                return Optional.empty();
            }
            return Optional.of(new Pbkdf2(parts[first], iterations, salt, hash, keyBytes));
        } catch (IllegalArgumentException notNumbersOrBase64) {
            return Optional.empty();
        }
    }

    /** One stored value's parts; {@code hash} is the PBKDF2 output, or the MAC of it when peppered. */
    private record Pbkdf2(String algorithm, int iterations, byte[] salt, byte[] hash, int keyBytes) {

        Pbkdf2(String algorithm, int iterations, byte[] salt, byte[] hash) {
            this(algorithm, iterations, salt, hash, hash.length);
        }
    }
}
