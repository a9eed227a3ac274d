package org.orderdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RefreshingTest {

    private static final Instant START = Instant.parse("2026-11-30T10:00:00Z");

    private final AtomicInteger reads = new AtomicInteger();

    private Refreshing<Integer> readingAt(Instant... instants) {
        MovingClock clock = new MovingClock(instants);
        return new Refreshing<>(Duration.ofSeconds(2), clock, reads::incrementAndGet);
    }

    @Test
    void withinItsPeriodTheValueIsReadOnce() {
        Refreshing<Integer> value = readingAt(START, START.plusMillis(500), START.plusMillis(1999));

        assertEquals(1, value.get());
        assertEquals(1, value.get());
        assertEquals(1, value.get());
        assertEquals(1, reads.get());
    }

    @Test
    void onceThePeriodIsOverTheValueIsReadAgain() {
        Refreshing<Integer> value = readingAt(START, START.plusSeconds(2), START.plusSeconds(3));

        assertEquals(1, value.get());
        assertEquals(2, value.get());
        assertEquals(2, value.get());
        assertEquals(2, reads.get());
    }

    /** A clock that answers the given instants in turn. */
    private static final class MovingClock extends Clock {

        private final Instant[] instants;
        private int next;

        MovingClock(Instant... instants) {
            this.instants = instants;
        }

        @Override
        public Instant instant() {
            return instants[next++];
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
