package org.orderdesk.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrderNumberTest {

    @Test
    void isTheCustomerNumberADashAndAFourDigitSequence() {
        assertEquals("10000042-0001", OrderNumber.of(10_000_042L, 1));
        assertEquals("10000042-9999", OrderNumber.of(10_000_042L, 9999));
    }

    @Test
    void refusesSequencesOutsideFourDigits() {
        assertThrows(IllegalArgumentException.class, () -> OrderNumber.of(10_000_042L, 0));
        assertThrows(IllegalArgumentException.class, () -> OrderNumber.of(10_000_042L, 10_000));
    }

    @Test
    void recognisesTheFormat() {
        assertTrue(OrderNumber.isWellFormed("10000042-0001"));
        assertFalse(OrderNumber.isWellFormed("10000042-001"));
        assertFalse(OrderNumber.isWellFormed("1000004-0001"));
        assertFalse(OrderNumber.isWellFormed(null));
    }
}
