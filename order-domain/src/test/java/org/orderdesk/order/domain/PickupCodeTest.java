package org.orderdesk.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PickupCodeTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "1234567", "123456789", "1234 5678", " 12345678", "1234567a", "１2345678"})
    void refusesAnythingButEightDigits(String text) {
        assertThrows(IllegalArgumentException.class, () -> new PickupCode(text));
        assertEquals(Optional.empty(), PickupCode.parse(text));
    }

    @Test
    void doesNotTellTheRefusedTextInItsMessage() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new PickupCode("1234567"));

        assertFalse(refused.getMessage().contains("1234567"), refused.getMessage());
    }

    @Test
    void isEqualByItsDigitsAndWritesThem() {
        assertEquals(new PickupCode("00123456"), PickupCode.parse("00123456").orElseThrow());
        assertEquals(new PickupCode("00123456").hashCode(), new PickupCode("00123456").hashCode());
        assertNotEquals(new PickupCode("00123456"), new PickupCode("00123457"));
        assertEquals("00123456", new PickupCode("00123456").toString());
    }

    @Test
    void codesDoNotRepeatInPractice() {
        Set<PickupCode> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(PickupCode.random());
        }
        // 10,000 draws from 10^8 codes: a handful of collisions at most (expected about 0.5).
        assertTrue(codes.size() >= 9_990, "distinct codes: " + codes.size());
    }

    @Test
    void everyDigitAppearsInEveryPosition() {
        boolean[][] seen = new boolean[PickupCode.LENGTH][10];
        for (int i = 0; i < 2_000; i++) {
            String code = PickupCode.random().value();
            for (int position = 0; position < code.length(); position++) {
                seen[position][code.charAt(position) - '0'] = true;
            }
        }
        for (boolean[] position : seen) {
            for (boolean digit : position) {
                assertTrue(digit);
            }
        }
    }
}
