package org.orderdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final LoginThrottle FIVE_TRIES_FIFTEEN_MINUTES = new LoginThrottle(5, Duration.ofMinutes(15));
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final Account account = new Account(" Anna@Example.COM ", "Anna", "hash", Role.CUSTOMER);

    @Test
    void storesTheEmailInOneSpelling() {
        assertEquals("anna@example.com", account.email());
    }

    @Test
    void fourWrongPasswordsDoNotLock() {
        failTimes(4);

        assertFalse(account.isLockedAt(NOW));
    }

    @Test
    void theFifthWrongPasswordLocksForTheLockDuration() {
        failTimes(5);

        assertTrue(account.isLockedAt(NOW));
        assertTrue(account.isLockedAt(NOW.plus(Duration.ofMinutes(15)).minusSeconds(1)));
        assertFalse(account.isLockedAt(NOW.plus(Duration.ofMinutes(15))));
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        failTimes(4);
        account.recordSuccessfulLogin();
        failTimes(4);

        assertFalse(account.isLockedAt(NOW));
    }

    @Test
    void aNewPasswordLiftsTheLock() {
        failTimes(5);

        account.changePasswordHash("new-hash");

        assertFalse(account.isLockedAt(NOW));
        assertEquals("new-hash", account.passwordHash());
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            account.recordFailedLogin(NOW, FIVE_TRIES_FIFTEEN_MINUTES);
        }
    }
}
