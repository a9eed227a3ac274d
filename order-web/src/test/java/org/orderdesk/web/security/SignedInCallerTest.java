package org.orderdesk.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ASVS 3.3.2: a login ends after the absolute lifetime, however active the session was meanwhile. */
class SignedInCallerTest {

    private static final Duration TWELVE_HOURS = Duration.ofHours(12);
    private static final Instant LOGIN = Instant.parse("2026-11-30T06:00:00Z");

    private final SignedInCaller caller = new SignedInCaller("op@orderdesk.test", Set.of("operator"), "key", LOGIN);

    @Test
    void aLoginLastsUntilTheLifetimeIsOver() {
        assertFalse(caller.hasOutlived(TWELVE_HOURS, LOGIN));
        assertFalse(caller.hasOutlived(TWELVE_HOURS, LOGIN.plus(TWELVE_HOURS).minusMillis(1)));
        assertTrue(caller.hasOutlived(TWELVE_HOURS, LOGIN.plus(TWELVE_HOURS)));
        assertTrue(caller.hasOutlived(Duration.ofMinutes(5), LOGIN.plus(Duration.ofMinutes(6))), "configurable");
    }
}
