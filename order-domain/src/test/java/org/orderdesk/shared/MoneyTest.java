package org.orderdesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsKopecksExactWhenAdding() {
        Money sum = Money.rubles("0.10").plus(Money.rubles("0.20"));

        assertEquals(new BigDecimal("0.30"), sum.amount());
    }

    @Test
    void multipliesByQuantity() {
        assertEquals(Money.rubles("1499.97"), Money.rubles("499.99").times(3));
    }

    @Test
    void equalRegardlessOfWrittenScale() {
        assertEquals(Money.rubles("10.5"), Money.rubles("10.50"));
        assertEquals(Money.rubles("10.5").hashCode(), Money.rubles("10.50").hashCode());
        assertEquals(2, Money.rubles("10").amount().scale());
    }

    @Test
    void refusesFractionsOfAKopeck() {
        assertThrows(IllegalArgumentException.class, () -> Money.rubles("1.005"));
    }

    @Test
    void knowsWhenNegative() {
        assertTrue(Money.rubles("-1").isNegative());
    }

    @Test
    void knowsWhenZeroWhateverTheScale() {
        assertTrue(Money.rubles("0.00").isZero());
        assertTrue(Money.ZERO.isZero());
        assertFalse(Money.rubles("0.01").isZero());
    }

    @Test
    void isWrittenTheWayEachLanguageWritesNumbers() {
        assertEquals("2\u00a0490,50 ₽", Money.rubles("2490.5").format(java.util.Locale.forLanguageTag("ru")));
        assertEquals("2,490.50 ₽", Money.rubles("2490.5").format(java.util.Locale.ENGLISH));
    }
}
