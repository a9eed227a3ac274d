package org.orderdesk.security;

import java.time.Duration;

/** How many wrong passwords in a row lock an account, and for how long. */
public record LoginThrottle(int maxFailures, Duration lockDuration) {

    public LoginThrottle {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("At least one failure must be allowed: " + maxFailures);
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("The lock must last: " + lockDuration);
        }
    }
}
