package org.orderdesk.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OneTimeCodesTest {

    /** RFC 6238's SHA-1 key, "12345678901234567890". */
    private static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final Instant NOW = Instant.ofEpochSecond(1111111109);

    /** RFC 6238, appendix B, the SHA-1 rows (8 digits, as the RFC prints them). */
    @ParameterizedTest
    @CsvSource({"59,94287082", "1111111109,07081804", "1111111111,14050471", "1234567890,89005924",
            "2000000000,69279037", "20000000000,65353130"})
    void makesTheRfc6238TestVectors(long seconds, String code) {
        long step = OneTimeCodes.stepAt(Instant.ofEpochSecond(seconds));
        assertEquals(code, OneTimeCodes.code("12345678901234567890".getBytes(StandardCharsets.US_ASCII), step, 8));
    }

    /** Six digits are the same truncation modulo a million: the last six of the RFC's eight. */
    @Test
    void sixDigitCodesAreTheLastSixOfTheRfcVectors() {
        assertEquals("287082", OneTimeCodes.code(SECRET, OneTimeCodes.stepAt(Instant.ofEpochSecond(59))));
        assertEquals("081804", OneTimeCodes.code(SECRET, OneTimeCodes.stepAt(NOW)));
    }

    @Test
    void acceptsTheCodeOfNowAndOfOneStepEitherSide() {
        long now = OneTimeCodes.stepAt(NOW);
        for (long step = now - 1; step <= now + 1; step++) {
            assertEquals(OptionalLong.of(step),
                    OneTimeCodes.matchingStep(SECRET, OneTimeCodes.code(SECRET, step), NOW, Long.MIN_VALUE));
        }
    }

    @Test
    void refusesCodesTwoStepsAway() {
        long now = OneTimeCodes.stepAt(NOW);
        assertTrue(OneTimeCodes.matchingStep(SECRET, OneTimeCodes.code(SECRET, now - 2), NOW, Long.MIN_VALUE)
                .isEmpty());
        assertTrue(OneTimeCodes.matchingStep(SECRET, OneTimeCodes.code(SECRET, now + 2), NOW, Long.MIN_VALUE)
                .isEmpty());
    }

    @Test
    void refusesTheCodeOfAStepAlreadyUsedOrOfAnEarlierOne() {
        long now = OneTimeCodes.stepAt(NOW);
        assertTrue(OneTimeCodes.matchingStep(SECRET, OneTimeCodes.code(SECRET, now), NOW, now).isEmpty());
        assertTrue(OneTimeCodes.matchingStep(SECRET, OneTimeCodes.code(SECRET, now - 1), NOW, now).isEmpty());
        assertEquals(OptionalLong.of(now + 1),
                OneTimeCodes.matchingStep(SECRET, OneTimeCodes.code(SECRET, now + 1), NOW, now));
    }

    @Test
    void takesTheCodeWithTheSpaceAppsShowButNothingElse() {
        assertEquals(OptionalLong.of(OneTimeCodes.stepAt(NOW)),
                OneTimeCodes.matchingStep(SECRET, "081 804", NOW, Long.MIN_VALUE));
        assertTrue(OneTimeCodes.matchingStep(SECRET, "81804", NOW, Long.MIN_VALUE).isEmpty());
        assertTrue(OneTimeCodes.matchingStep(SECRET, null, NOW, Long.MIN_VALUE).isEmpty());
    }

    @Test
    void theEnrolmentUriNamesTheIssuerAndTheAccount() {
        assertEquals("otpauth://totp/OrderDesk:op%40orderdesk.local?secret=" + SECRET + "&issuer=OrderDesk",
                OneTimeCodes.enrolmentUri("OrderDesk", "op@orderdesk.local", SECRET));
    }
}
