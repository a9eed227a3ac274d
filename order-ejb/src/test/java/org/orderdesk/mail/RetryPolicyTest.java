package org.orderdesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final RetryPolicy DEFAULT = new RetryPolicy(8, Duration.ofSeconds(10), Duration.ofHours(1));

    @RepeatedTest(20)
    void doublesWithEachAttemptWithinTwentyPercentJitter() {
        assertWithin(DEFAULT.backOffAfter(1), 10);
        assertWithin(DEFAULT.backOffAfter(2), 20);
        assertWithin(DEFAULT.backOffAfter(4), 80);
    }

    @RepeatedTest(20)
    void neverWaitsMuchMoreThanAnHour() {
        assertWithin(DEFAULT.backOffAfter(30), 3600);
    }

    @Test
    void aMailIsGivenUpNoSoonerThanItsBackOffsLeastJitterAllowsAddedUp() {
        // 10 + 20 + 40 + 80 + 160 + 320 + 640 s between the eight tries, each at least 80 % of it
        assertEquals(Duration.ofSeconds(1016), DEFAULT.leastTimeToGiveUp());
        // 1 + 2 + 4 + 5 + 5 s, the longest wait capping the last two
        assertEquals(Duration.ofMillis(13_600),
                new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(5)).leastTimeToGiveUp());
        assertEquals(Duration.ZERO, new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(5)).leastTimeToGiveUp());
    }

    @Test
    void aPolicyThatCouldNeverSendOrNeverWaitIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(3, Duration.ZERO, Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(3, Duration.ofMinutes(2), Duration.ofMinutes(1)));
    }

    private static void assertWithin(Duration actual, long expectedSeconds) {
        long millis = actual.toMillis();
        assertTrue(millis >= expectedSeconds * 800 && millis <= expectedSeconds * 1200,
                actual + " is not within 20 % of " + expectedSeconds + " s");
    }
}
