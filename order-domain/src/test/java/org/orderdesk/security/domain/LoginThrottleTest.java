package org.orderdesk.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofSeconds(2), Duration.ofSeconds(30));

    @Test
    void theFreeFailuresCostNothingThenTheDelayDoublesUpToTheMaximum() {
        assertEquals(Duration.ZERO, throttle.delayAfter(3));
        assertEquals(Duration.ofSeconds(2), throttle.delayAfter(4));
        assertEquals(Duration.ofSeconds(4), throttle.delayAfter(5));
        assertEquals(Duration.ofSeconds(16), throttle.delayAfter(7));
        assertEquals(Duration.ofSeconds(30), throttle.delayAfter(8));
        assertEquals(Duration.ofSeconds(30), throttle.delayAfter(1_000));
    }

    @Test
    void delaysMustGrowFromAboveZero() {
        assertThrows(IllegalArgumentException.class,
                () -> new LoginThrottle(3, Duration.ZERO, Duration.ofSeconds(30)));
        assertThrows(IllegalArgumentException.class,
                () -> new LoginThrottle(3, Duration.ofSeconds(5), Duration.ofSeconds(1)));
    }
}
