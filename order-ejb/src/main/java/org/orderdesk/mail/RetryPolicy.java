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

    /** How long to wait after the given number of failed tries (from 1). */
    public Duration backOffAfter(int attempts) {
        long base = firstBackOff.toMillis() << Math.min(attempts - 1, 20);
        long capped = Math.min(base, maxBackOff.toMillis());
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis((long) (capped * jitter));
    }
}
