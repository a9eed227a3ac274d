package org.orderdesk.mail;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How the sender retries a mail that could not be sent: after the first failure it waits firstBackOff, doubling
 * with each further failure up to maxBackOff, with ±20 % jitter so that many failed mails do not retry in one
 * burst; after maxAttempts tries the mail is FAILED.
 */
public record RetryPolicy(int maxAttempts, Duration firstBackOff, Duration maxBackOff) {

    public RetryPolicy {
        if (maxAttempts < 1 || firstBackOff.isNegative() || firstBackOff.isZero()
                || maxBackOff.compareTo(firstBackOff) < 0) {
            throw new IllegalArgumentException("Unusable mail retry policy: " + maxAttempts + " tries, "
                    + firstBackOff + " to " + maxBackOff);
        }
    }

    private static final double LEAST_JITTER = 0.8;
    private static final double JITTER_SPAN = 0.4;

    /** How long to wait after the given number of failed tries (from 1). */
    public Duration backOffAfter(int attempts) {
        double jitter = LEAST_JITTER + ThreadLocalRandom.current().nextDouble() * JITTER_SPAN;
        return Duration.ofMillis((long) (withoutJitter(attempts) * jitter));
    }

    /**
     * The least time the back-offs between a mail's first and last try add up to: a mail that fails every time is
     * FAILED no sooner than this after its first try.
     */
    public Duration leastTimeToGiveUp() {
        long millis = 0;
        for (int attempts = 1; attempts < maxAttempts; attempts++) {
            millis += (long) (withoutJitter(attempts) * LEAST_JITTER);
        }
        return Duration.ofMillis(millis);
    }

    private long withoutJitter(int attempts) {
        long base = firstBackOff.toMillis() << Math.min(attempts - 1, 20);
        return Math.min(base, maxBackOff.toMillis());
    }
}
