package org.orderdesk.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AddressFailuresTest {

    /** Twenty free, then 1 s, 2 s, 4 s … up to a minute. */
    private static final LoginThrottle THROTTLE = new LoginThrottle(20, Duration.ofSeconds(1), Duration.ofMinutes(1));
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final AddressFailures address = new AddressFailures("198.51.100.7", NOW);

    @Test
    void aNewAddressWaitsForNothing() {
        assertFalse(address.isThrottledAt(NOW));
    }

    @Test
    void theFreeFailuresCostNoWait() {
        failTimes(20, NOW);

        assertFalse(address.isThrottledAt(NOW));
    }

    @Test
    void eachFailureBeyondTheFreeOnesDoublesTheWait() {
        failTimes(23, NOW);

        assertTrue(address.isThrottledAt(NOW.plusSeconds(3)));
        assertFalse(address.isThrottledAt(NOW.plusSeconds(4)));
    }

    @Test
    void failuresAfterAQuietMaximumDelayCountFromOneAgain() {
        failTimes(25, NOW);
        Instant muchLater = NOW.plus(Duration.ofMinutes(3));

        address.recordFailure(muchLater, THROTTLE);

        assertEquals(1, address.failures());
        assertFalse(address.isThrottledAt(muchLater));
    }

    @Test
    void failuresWhileStillRememberedKeepCounting() {
        failTimes(25, NOW);
        Instant soon = NOW.plusSeconds(30);

        address.recordFailure(soon, THROTTLE);

        assertEquals(26, address.failures());
        assertTrue(address.isThrottledAt(soon.plusSeconds(31)));
    }

    private void failTimes(int times, Instant at) {
        for (int i = 0; i < times; i++) {
            address.recordFailure(at, THROTTLE);
        }
    }
}
