package org.orderdesk.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerNumberTest {

    @Test
    void hasEightDigits() {
        assertEquals("10000001", CustomerNumber.format(CustomerNumber.FIRST));
        assertEquals("99999999", CustomerNumber.format(CustomerNumber.LAST));
    }

    @Test
    void refusesNumbersOutsideTheEightDigitRange() {
        assertThrows(IllegalArgumentException.class, () -> CustomerNumber.format(9_999_999L));
        assertThrows(IllegalArgumentException.class, () -> CustomerNumber.format(100_000_000L));
    }

    @Test
    void aRandomNumberHasEightDigitsAndTellsNothingOfTheOneBefore() {
        Set<Long> drawn = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            long number = CustomerNumber.random();
            assertEquals(8, CustomerNumber.format(number).length());
            drawn.add(number);
        }

        assertTrue(drawn.size() > 990, "hardly ever the same: " + drawn.size());
    }
}
