package org.orderdesk.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** ASVS 2.4.5: the stored verifier needs the pepper, and hashes of the releases before keep working once wrapped. */
class PepperedPasswordHashTest {

    /** Anna's row in the release database UpgradeIT starts on (release-634a05a-derby.sql), Jakarta Security's form. */
    private static final String RELEASE_HASH = "PBKDF2WithHmacSHA512:210000:AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=:"
            + "pXIN2+gl0aEeO6uxr2eXDHEiLvnPDyO57kByMyvTtrk=";
    private static final char[] RELEASE_PASSWORD = "release-anna-2026".toCharArray();
    /** Fewer than production's iterations, so that new hashes in these tests take milliseconds. */
    private static final int ITERATIONS = 1_000;

    private final PepperedPasswordHash hashes = new PepperedPasswordHash(SecondFactorKey.newKey());

    @Test
    void aHashOfAReleaseBeforeVerifiesOnceWrappedAndOnlyWithItsPassword() {
        String wrapped = hashes.wrap(RELEASE_HASH);

        assertTrue(PepperedPasswordHash.isPeppered(wrapped), wrapped);
        assertTrue(wrapped.startsWith("pepper1:PBKDF2WithHmacSHA512:210000:32:"), wrapped);
        assertTrue(hashes.matches(RELEASE_PASSWORD, wrapped));
        assertFalse(hashes.matches("release-anna-2027".toCharArray(), wrapped));
    }

    @Test
    void theSamePasswordAndSaltUnderAnotherPepperGiveAnotherVerifierThatTheRightPasswordDoesNotFit() {
        PepperedPasswordHash guessedPepper = new PepperedPasswordHash(SecondFactorKey.newKey());

        String stolen = hashes.wrap(RELEASE_HASH);
        String underAnother = guessedPepper.wrap(RELEASE_HASH);

        // Same salt, same PBKDF2 output: only the MAC part differs.
        assertEquals(stolen.substring(0, stolen.lastIndexOf(':')),
                underAnother.substring(0, underAnother.lastIndexOf(':')));
        assertNotEquals(stolen, underAnother);
        // Someone with the row and not the pepper cannot tell the right password from a wrong one.
        assertFalse(guessedPepper.matches(RELEASE_PASSWORD, stolen));
    }

    @Test
    void aNewVerifierIsNotThePlainPbkdf2OfThePasswordButFitsIt() {
        char[] password = "a long enough password".toCharArray();

        String stored = hashes.hash(password, ITERATIONS);

        String[] parts = stored.split(":");
        assertEquals(6, parts.length, stored);
        assertEquals(PepperedPasswordHash.MARK, parts[0]);
        assertEquals("64", parts[3]);
        byte[] salt = Base64.getDecoder().decode(parts[4]);
        assertEquals(32, salt.length);
        byte[] plain = PepperedPasswordHash.pbkdf2("PBKDF2WithHmacSHA512", password, salt, ITERATIONS, 64);
        assertNotEquals(Base64.getEncoder().encodeToString(plain), parts[5]);
        assertFalse(stored.contains(Base64.getEncoder().encodeToString(plain)));
        assertTrue(hashes.matches(password, stored));
        assertFalse(hashes.matches("a long enough passworD".toCharArray(), stored));
    }

    @Test
    void everyHashHasItsOwnSalt() {
        char[] password = "a long enough password".toCharArray();

        assertNotEquals(hashes.hash(password, ITERATIONS), hashes.hash(password, ITERATIONS));
    }

    /** Whoever can write the database cannot plant a plain PBKDF2 hash of a password they chose. */
    @Test
    void aPlainHashNeverVerifiesUnwrapped() {
        assertTrue(PepperedPasswordHash.isPlainPbkdf2(RELEASE_HASH));
        assertFalse(PepperedPasswordHash.isPeppered(RELEASE_HASH));

        assertFalse(hashes.matches(RELEASE_PASSWORD, RELEASE_HASH));
    }

    @Test
    void somethingElseInTheColumnFitsNoPasswordAndIsNotWrapped() {
        for (String stored : new String[] {"", "pepper1:", "secret", "pepper1:MD5:1:16:AAAA:AAAA",
            "pepper1:PBKDF2WithHmacSHA512:x:64:AAAA:AAAA", "PBKDF2WithHmacSHA512:210000:not base64!:AAAA"}) {
            assertFalse(hashes.matches(RELEASE_PASSWORD, stored), stored);
            assertFalse(PepperedPasswordHash.isPlainPbkdf2(stored), stored);
        }
        assertThrows(IllegalArgumentException.class, () -> hashes.wrap("secret"));
        assertThrows(IllegalArgumentException.class, () -> hashes.wrap(hashes.wrap(RELEASE_HASH)));
    }

    @Test
    void aShortPepperIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PepperedPasswordHash(new byte[16]));
    }
}
