package org.orderdesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        assertEquals("2\u00a0490,50 ₽", Money.rubles("2490.5").format(Locale.forLanguageTag("ru")));
        assertEquals("2,490.50 ₽", Money.rubles("2490.5").format(Locale.ENGLISH));
    }

    @Test
    void manyThreadsInManyLanguagesEachGetTheirOwnWriting() throws Exception {
        List<Locale> others = List.of(Locale.getAvailableLocales()).subList(0, 40);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> written = new ArrayList<>();
            for (int i = 0; i < 4_000; i++) {
                Money money = Money.rubles(amount(i));
                Locale other = others.get(i % others.size());
                Locale shops = shopLanguage(i);
                written.add(threads.submit(() -> money.format(other) + "|" + money.format(shops)));
            }
            for (int i = 0; i < written.size(); i++) {
                assertEquals(writtenAfresh(amount(i), shopLanguage(i)), written.get(i).get().split("\\|")[1]);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static BigDecimal amount(int i) {
        return BigDecimal.valueOf(100_000 + i, 2);
    }

    private static Locale shopLanguage(int i) {
        return i % 2 == 0 ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
    }

    private static String writtenAfresh(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " ₽";
    }
}
