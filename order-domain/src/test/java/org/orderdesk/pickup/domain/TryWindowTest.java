package org.orderdesk.pickup.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TryWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final TryWindow THREE_IN_TEN_MINUTES = new TryWindow(3, Duration.ofMinutes(10));

    /** Tries that many minutes ago, newest first, as the repository reads them. */
    private static List<Instant> minutesAgo(int... minutes) {
        List<Instant> tries = new ArrayList<>();
        for (int ago : minutes) {
            tries.add(NOW.minus(Duration.ofMinutes(ago)));
        }
        return tries;
    }

    @Test
    void fewerTriesThanTheLimitLeaveItOpen() {
        assertEquals(Optional.empty(), THREE_IN_TEN_MINUTES.closedUntil(minutesAgo(1, 2), NOW));
    }

    @Test
    void theLimitClosesItUntilTheOldestOfTheLatestTriesLeavesTheWindow() {
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(5))),
                THREE_IN_TEN_MINUTES.closedUntil(minutesAgo(1, 3, 5), NOW));
    }

    @Test
    void theWindowSlidesTriesOlderThanItsLengthNoLongerCount() {
        assertEquals(Optional.empty(), THREE_IN_TEN_MINUTES.closedUntil(minutesAgo(1, 3, 10), NOW));
        assertEquals(Optional.empty(), THREE_IN_TEN_MINUTES.closedUntil(minutesAgo(1, 3, 11), NOW));
    }

    @Test
    void onlyTheLatestTriesUpToTheLimitDecideWhenItReopens() {
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(8))),
                THREE_IN_TEN_MINUTES.closedUntil(minutesAgo(0, 1, 2, 9, 9), NOW));
    }

    @Test
    void nothingButTimeReopensIt() {
        List<Instant> tries = minutesAgo(0, 0, 0);

        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(10))),
                THREE_IN_TEN_MINUTES.closedUntil(tries, NOW.plus(Duration.ofMinutes(9))));
        assertEquals(Optional.empty(), THREE_IN_TEN_MINUTES.closedUntil(tries, NOW.plus(Duration.ofMinutes(10))));
    }

    @Test
    void sinceIsTheStartOfTheWindow() {
        assertEquals(NOW.minus(Duration.ofMinutes(10)), THREE_IN_TEN_MINUTES.since(NOW));
    }

    @Test
    void aWindowNeedsALimitAndALength() {
        assertThrows(IllegalArgumentException.class, () -> new TryWindow(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new TryWindow(1, Duration.ZERO));
    }
}
