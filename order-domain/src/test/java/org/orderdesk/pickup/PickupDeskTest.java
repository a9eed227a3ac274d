package org.orderdesk.pickup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.orderdesk.shared.LocalizedText;

class PickupDeskTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private static PickupDesk desk() {
        LocalizedText text = new LocalizedText("Пункт", "Point");
        return new PickupDesk("operator@shop", new PickupPoint("MSK-01", text, text, text, text));
    }

    @Test
    void fiveWrongCodesInARowPauseTheDeskForAMinute() {
        PickupDesk desk = desk();
        for (int i = 1; i <= 4; i++) {
            assertEquals(i, desk.recordWrongCode(NOW));
            assertFalse(desk.isPaused(NOW));
        }

        assertEquals(5, desk.recordWrongCode(NOW));

        assertTrue(desk.isPaused(NOW.plusSeconds(59)));
        assertFalse(desk.isPaused(NOW.plusSeconds(60)));
    }

    @Test
    void aRightCodeStartsTheCountAgain() {
        PickupDesk desk = desk();
        for (int i = 0; i < 4; i++) {
            desk.recordWrongCode(NOW);
        }

        desk.recordRightCode();

        assertEquals(1, desk.recordWrongCode(NOW));
        assertFalse(desk.isPaused(NOW));
    }
}
