package org.orderdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RandomSecretsTest {

    @Test
    void thirtyTwoBytesMakeFortyThreeUrlSafeCharacters() {
        String secret = RandomSecrets.of(32);

        assertEquals(43, secret.length());
        assertTrue(secret.matches("[A-Za-z0-9_-]+"), secret);
    }

    @Test
    void neverRepeats() {
        assertNotEquals(RandomSecrets.of(32), RandomSecrets.of(32));
    }
}
