package org.orderdesk.order;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PickupCodeTest {

    @Test
    void isEightDigits() {
        for (int i = 0; i < 1000; i++) {
            assertTrue(PickupCode.isWellFormed(PickupCode.random()));
        }
    }

    @Test
    void codesDoNotRepeatInPractice() {
        Set<String> codes = new HashSet<>();
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
            String code = PickupCode.random();
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
