package org.orderdesk.security.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the operators' one-time-code secrets for the database with AES-256-GCM under a key kept outside it
 * (ASVS 2.8.2): whoever reads the database or a backup cannot make codes. A sealed secret is the Base64 of a
 * random 96-bit nonce, the encrypted secret and the tag (64 characters for a 160-bit secret, so the column keeps
 * its size); a secret from before, in clear, is 32 Base32 characters and is read as it is until it is sealed.
 */
public final class SecondFactorKey {

    public static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public SecondFactorKey(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("The second-factor key must be " + KEY_BYTES + " bytes, not "
                    + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    /**
     * A key of its own for another use, derived from this one (HMAC-SHA256 of the label, as HKDF's expand step
     * does): the install keeps one secret file, and no derived key tells anything of this key or of another label's.
     */
    public byte[] derive(String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** The Base32 secret, sealed for storage. */
    public String seal(String base32Secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] secret = Base32.decode(base32Secret);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, secret, 0, secret.length);
        return Base64.getEncoder().withoutPadding().encodeToString(
                ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
    }

    /** The Base32 secret of a stored one, sealed or (from before) clear; fails for another key's or a forged one. */
    public String open(String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        byte[] bytes = Base64.getDecoder().decode(stored);
        byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
        return Base32.encode(crypt(Cipher.DECRYPT_MODE, nonce, bytes, NONCE_BYTES, bytes.length - NONCE_BYTES));
    }

    /**
     * A clear secret is Base32: upper-case letters and 2 to 7 only. 64 Base64 characters all of that kind happen
     * once in 2^64 sealings.
     */
    public static boolean isSealed(String stored) {
        return !stored.matches("[A-Z2-7]+");
    }

    private byte[] crypt(int mode, byte[] nonce, byte[] input, int offset, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(input, offset, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A one-time-code secret could not be "
                    + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened: another key's, or altered"), e);
        }
    }
}
