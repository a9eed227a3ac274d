package org.orderdesk.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value that every request may share for a short while, read again once it is older than its period: the
 * catalog and the pickup points are read by nearly every page, and change seldom. Where a value must be exact
 * (stock when an order is placed) the caller reads the database itself, under a lock. Two requests that find it
 * stale at the same moment may both read it; that costs a query, never a wrong answer.
 */
public final class Refreshing<T> {

    private final Duration period;
    private final Clock clock;
    private final Supplier<T> reader;
    private volatile Snapshot<T> snapshot;

    public Refreshing(Duration period, Clock clock, Supplier<T> reader) {
        this.period = period;
        this.clock = clock;
        this.reader = reader;
    }

    public T get() {
        Snapshot<T> current = snapshot;
        Instant now = clock.instant();
        if (current == null || !now.isBefore(current.readAt().plus(period))) {
            current = new Snapshot<>(reader.get(), now);
            snapshot = current;
        }
        return current.value();
    }

    private record Snapshot<T>(T value, Instant readAt) {
    }
}
