package org.orderdesk.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTest {

    /** Five free, then 1 s, 2 s, 4 s … up to a minute. */
    private static final LoginThrottle THROTTLE = new LoginThrottle(5, Duration.ofSeconds(1), Duration.ofMinutes(1));
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final String OWNER = "192.0.2.10";
    private static final String STRANGER = "198.51.100.7";

    private final Account account = new Account(" Anna@Example.COM ", "Anna", "hash", Role.CUSTOMER);

    @Test
    void storesTheEmailInOneSpelling() {
        assertEquals("anna@example.com", account.email());
    }

    @Test
    void fiveWrongPasswordsCostNoWait() {
        failTimes(5);

        assertFalse(account.isThrottledFor(STRANGER, NOW));
    }

    @Test
    void eachWrongPasswordAfterThatDoublesTheWait() {
        failTimes(8);

        assertTrue(account.isThrottledFor(STRANGER, NOW.plusSeconds(3)));
        assertFalse(account.isThrottledFor(STRANGER, NOW.plusSeconds(4)));
    }

    @Test
    void theOwnerAtTheAddressOfTheLastLoginNeverWaitsForTheAccount() {
        account.recordSuccessfulLogin(OWNER);
        failTimes(20);

        assertTrue(account.isThrottledFor(STRANGER, NOW));
        assertFalse(account.isThrottledFor(OWNER, NOW));
    }

    @Test
    void failuresAreForgottenAfterAQuietMaximumDelay() {
        failTimes(20);
        Instant muchLater = NOW.plus(Duration.ofMinutes(3));

        account.recordFailedLogin(muchLater, THROTTLE);

        assertFalse(account.isThrottledFor(STRANGER, muchLater));
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        failTimes(5);
        account.recordSuccessfulLogin(OWNER);
        failTimes(5);

        assertFalse(account.isThrottledFor(STRANGER, NOW));
    }

    @Test
    void aNewPasswordLiftsTheDelay() {
        failTimes(10);

        account.changePasswordHash("new-hash");

        assertFalse(account.isThrottledFor(STRANGER, NOW));
        assertEquals("new-hash", account.passwordHash());
    }

    @Test
    void everyNewPasswordGivesTheCredentialsANewVersion() {
        long before = account.credentialsVersion();

        account.changePasswordHash("new-hash");
        long afterOne = account.credentialsVersion();
        account.changePasswordHash("newer-hash");

        assertEquals(before + 1, afterOne);
        assertEquals(before + 2, account.credentialsVersion());
    }

    @Test
    void insideASessionTheDelayHoldsAtTheOwnersAddressToo() {
        account.recordSuccessfulLogin(OWNER);
        failTimes(8);

        assertTrue(account.isThrottledAt(NOW));
        assertFalse(account.isThrottledFor(OWNER, NOW));
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            account.recordFailedLogin(NOW, THROTTLE);
        }
    }

    @Test
    void anAccountMadeWithoutAPasswordWaitsForItsFirstUntilOneIsSet() {
        Account first = Account.awaitingFirstPassword("op@example.com", "Operator", "unusable", Role.OPERATOR);
        assertTrue(first.awaitsFirstPassword());
        assertFalse(account.awaitsFirstPassword(), "a registered account has its password");

        first.changePasswordHash("the owner's");

        assertFalse(first.awaitsFirstPassword());
    }
}
