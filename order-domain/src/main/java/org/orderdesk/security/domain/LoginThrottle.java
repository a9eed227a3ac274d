package org.orderdesk.security.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Growing delays after wrong passwords, one rule for an account and for a client address: the first
 * freeFailures cost nothing, then each wrong password doubles the wait before the next one is checked, from
 * firstDelay up to maxDelay. Nothing locks for good: after a quiet maxDelay the count starts again.
 */
public record LoginThrottle(int freeFailures, Duration firstDelay, Duration maxDelay) {

    /** Enough doublings to pass any sensible maximum, few enough never to overflow. */
    private static final int MAX_DOUBLINGS = 30;

    public LoginThrottle {
        if (freeFailures < 0) {
            throw new IllegalArgumentException("Free failures cannot be negative: " + freeFailures);
        }
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("Delays must grow from above zero: " + firstDelay + ", " + maxDelay);
        }
    }

    /** The wait after the given number of wrong passwords in a row. */
    public Duration delayAfter(int failures) {
        if (failures <= freeFailures) {
            return Duration.ZERO;
        }
        Duration delay = firstDelay.multipliedBy(1L << Math.min(failures - freeFailures - 1, MAX_DOUBLINGS));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** Whether failures that ended their wait at throttledUntil are old enough to be forgotten. */
    public boolean isForgottenAt(Instant now, Instant throttledUntil) {
        return throttledUntil != null && now.isAfter(throttledUntil.plus(maxDelay));
    }
}
