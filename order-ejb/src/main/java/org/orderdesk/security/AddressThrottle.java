package org.orderdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong passwords per client address (any account, known or not), in memory: one address guessing at many
 * accounts, or at one, waits longer and longer. Each server instance counts its own; a balancer that sticks a
 * client to an instance keeps the count whole. Never reset by a success, or a guesser with an account of their
 * own could reset it between guesses.
 */
@ApplicationScoped
public class AddressThrottle {

    /** Beyond this many addresses, the forgotten ones are dropped, so a flood of addresses cannot fill memory. */
    private static final int TIDY_ABOVE = 100_000;

    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    public boolean isThrottled(String address, Instant now) {
        Failures failures = byAddress.get(address);
        return failures != null && now.isBefore(failures.throttledUntil());
    }

    /** Counted atomically, so parallel attempts from one address all count. */
    public void recordFailure(String address, Instant now, LoginThrottle throttle) {
        byAddress.compute(address, (key, before) -> {
            int count = before == null || throttle.isForgottenAt(now, before.throttledUntil()) ? 1
                    : before.count() + 1;
            return new Failures(count, now.plus(throttle.delayAfter(count)));
        });
        if (byAddress.size() > TIDY_ABOVE) {
            byAddress.values().removeIf(failures -> throttle.isForgottenAt(now, failures.throttledUntil()));
        }
    }

    private record Failures(int count, Instant throttledUntil) {
    }
}
