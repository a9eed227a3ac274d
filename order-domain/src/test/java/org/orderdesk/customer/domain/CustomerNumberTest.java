package org.orderdesk.customer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerNumberTest {

    @ParameterizedTest
    @ValueSource(longs = {0, -10_000_001L, 10_000_000L, 100_000_000L, Long.MAX_VALUE})
    void refusesAnythingButEightDigits(long value) {
        assertThrows(IllegalArgumentException.class, () -> new CustomerNumber(value));
    }

    @Test
    void isWrittenAsItsEightDigits() {
        assertEquals("10000001", new CustomerNumber(CustomerNumber.FIRST).toString());
        assertEquals("99999999", new CustomerNumber(CustomerNumber.LAST).toString());
    }

    @Test
    void isEqualByItsValue() {
        assertEquals(new CustomerNumber(10_000_042L), new CustomerNumber(10_000_042L));
        assertNotEquals(new CustomerNumber(10_000_042L), new CustomerNumber(10_000_043L));
    }

    @Test
    void aRandomNumberHasEightDigitsAndTellsNothingOfTheOneBefore() {
        Set<CustomerNumber> drawn = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            CustomerNumber number = CustomerNumber.random();
            assertEquals(8, number.toString().length());
            drawn.add(number);
        }

        assertTrue(drawn.size() > 990, "hardly ever the same: " + drawn.size());
    }
}
