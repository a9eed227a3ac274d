package org.orderdesk.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
