package org.orderdesk.security.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecondFactorKeyTest {

    private static final String SECRET = OneTimeCodes.newSecret();

    private final SecondFactorKey key = new SecondFactorKey(SecondFactorKey.newKey());

    @Test
    void aSealedSecretOpensToItselfAndShowsNothingOfIt() {
        String sealed = key.seal(SECRET);

        assertEquals(SECRET, key.open(sealed));
        assertFalse(sealed.contains(SECRET));
        assertTrue(SecondFactorKey.isSealed(sealed));
        assertTrue(sealed.length() <= 64, "fits the column: " + sealed.length());
    }

    @Test
    void everySealingIsDifferent() {
        assertNotEquals(key.seal(SECRET), key.seal(SECRET));
    }

    @Test
    void aClearSecretFromBeforeIsReadAsItIs() {
        assertFalse(SecondFactorKey.isSealed(SECRET));
        assertEquals(SECRET, key.open(SECRET));
    }

    @Test
    void anotherKeyOrAnAlteredSealOpensNothing() {
        String sealed = key.seal(SECRET);
        byte[] altered = Base64.getDecoder().decode(sealed);
        altered[20] ^= 1;

        assertThrows(IllegalStateException.class,
                () -> new SecondFactorKey(SecondFactorKey.newKey()).open(sealed));
        assertThrows(IllegalStateException.class,
                () -> key.open(Base64.getEncoder().withoutPadding().encodeToString(altered)));
    }

    /** The password pepper comes from this key (PasswordHasher): the same key gives it again, another label not. */
    @Test
    void aDerivedKeyIsStableAndDiffersPerLabelAndPerKey() {
        byte[] key = SecondFactorKey.newKey();

        byte[] pepper = new SecondFactorKey(key).derive("password pepper");

        assertEquals(32, pepper.length);
        assertArrayEquals(pepper, new SecondFactorKey(key).derive("password pepper"));
        assertFalse(Arrays.equals(pepper, new SecondFactorKey(key).derive("another use")));
        assertFalse(Arrays.equals(pepper, new SecondFactorKey(SecondFactorKey.newKey()).derive("password pepper")));
        assertFalse(Arrays.equals(pepper, key), "not the key itself");
    }

    @Test
    void onlyA256BitKeyIsTaken() {
        assertThrows(IllegalArgumentException.class, () -> new SecondFactorKey(new byte[16]));
    }
}
