package org.orderdesk.pickup.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * At most {@code limit} tries in any stretch of time of the given length: a sliding window, not a count that a
 * success or the turn of a clock resets. Someone guessing codes cannot slip a code they know between their
 * guesses to start again; each try stops counting only once it is older than the window.
 */
public record TryWindow(int limit, Duration length) {

    public TryWindow {
        if (limit < 1 || length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("A window needs a limit and a length: " + limit + ", " + length);
        }
    }

    /** The oldest try that can still count: anything before it has left the window. */
    public Instant since(Instant now) {
        return now.minus(length);
    }

    /**
     * When tries may go on, if they may not now. {@code newestFirst} are the times of the latest tries, newest
     * first; only the first {@code limit} of them matter. Closed while {@code limit} tries lie in the window, until
     * the oldest of those leaves it.
     */
    public Optional<Instant> closedUntil(List<Instant> newestFirst, Instant now) {
        if (newestFirst.size() < limit) {
            return Optional.empty();
        }
        Instant reopens = newestFirst.get(limit - 1).plus(length);
        return now.isBefore(reopens) ? Optional.of(reopens) : Optional.empty();
    }
}
