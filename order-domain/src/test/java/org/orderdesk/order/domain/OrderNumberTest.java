package org.orderdesk.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.orderdesk.customer.domain.CustomerNumber;

class OrderNumberTest {

    private static final CustomerNumber ANNA = new CustomerNumber(10_000_042L);

    @Test
    void isTheCustomerNumberADashAndAFourDigitSequence() {
        assertEquals("10000042-0001", OrderNumber.of(ANNA, 1).toString());
        assertEquals("10000042-9999", OrderNumber.of(ANNA, 9999).value());
    }

    @Test
    void refusesSequencesOutsideFourDigits() {
        assertThrows(IllegalArgumentException.class, () -> OrderNumber.of(ANNA, 0));
        assertThrows(IllegalArgumentException.class, () -> OrderNumber.of(ANNA, 10_000));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "10000042-001", "1000004-0001", "10000042_0001", " 10000042-0001", "<script>",
        "10000042-00011", "１0000042-0001"})
    void refusesAnythingButTheFormat(String text) {
        assertThrows(IllegalArgumentException.class, () -> new OrderNumber(text));
        assertEquals(Optional.empty(), OrderNumber.parse(text));
    }

    @Test
    void isEqualByItsText() {
        assertEquals(new OrderNumber("10000042-0001"), OrderNumber.of(ANNA, 1));
        assertEquals(new OrderNumber("10000042-0001").hashCode(), OrderNumber.of(ANNA, 1).hashCode());
        assertNotEquals(new OrderNumber("10000042-0001"), new OrderNumber("10000042-0002"));
    }

    @Test
    void parsesAWellFormedText() {
        assertEquals(Optional.of(OrderNumber.of(ANNA, 7)), OrderNumber.parse("10000042-0007"));
    }
}
