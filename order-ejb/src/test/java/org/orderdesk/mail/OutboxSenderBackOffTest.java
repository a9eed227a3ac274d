package org.orderdesk.mail;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;

class OutboxSenderBackOffTest {

    @RepeatedTest(20)
    void doublesWithEachAttemptWithinTwentyPercentJitter() {
        assertWithin(OutboxSender.backOffAfter(1), 10);
        assertWithin(OutboxSender.backOffAfter(2), 20);
        assertWithin(OutboxSender.backOffAfter(4), 80);
    }

    @RepeatedTest(20)
    void neverWaitsMuchMoreThanAnHour() {
        assertWithin(OutboxSender.backOffAfter(30), 3600);
    }

    private static void assertWithin(Duration actual, long expectedSeconds) {
        long millis = actual.toMillis();
        assertTrue(millis >= expectedSeconds * 800 && millis <= expectedSeconds * 1200,
                actual + " is not within 20 % of " + expectedSeconds + " s");
    }
}
