package org.orderdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UsedCodeNoticeTest {

    private static final Instant WINDOW_START = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void everyReplayWithinAWindowIsOneEventSoTheOutboxTakesOneMail() {
        assertEquals(UsedCodeNotice.eventKey(7, WINDOW_START),
                UsedCodeNotice.eventKey(7, WINDOW_START.plus(UsedCodeNotice.WINDOW).minusMillis(1)));
    }

    @Test
    void theNextWindowAndAnotherAccountAreEventsOfTheirOwn() {
        assertNotEquals(UsedCodeNotice.eventKey(7, WINDOW_START),
                UsedCodeNotice.eventKey(7, WINDOW_START.plus(UsedCodeNotice.WINDOW)));
        assertNotEquals(UsedCodeNotice.eventKey(7, WINDOW_START), UsedCodeNotice.eventKey(8, WINDOW_START));
    }
}
