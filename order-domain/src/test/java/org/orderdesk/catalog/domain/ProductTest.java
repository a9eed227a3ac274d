package org.orderdesk.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.orderdesk.shared.LocalizedText;
import org.orderdesk.shared.Money;

class ProductTest {

    private static Product kettleWithStock(int stock) {
        Category kitchen = new Category("kitchen", new LocalizedText("Кухня", "Kitchen"), 1);
        return new Product("KIT-001", kitchen, new LocalizedText("Чайник", "Kettle"),
                new LocalizedText("Стальной чайник", "Steel kettle"), Money.rubles("2490.00"), stock);
    }

    @Test
    void reservingTakesUnitsOutOfStock() {
        Product kettle = kettleWithStock(5);

        kettle.reserve(3);

        assertEquals(2, kettle.stock());
    }

    @Test
    void neverSellsMoreThanIsLeft() {
        Product kettle = kettleWithStock(2);

        InsufficientStockException refused = assertThrows(InsufficientStockException.class, () -> kettle.reserve(3));

        assertEquals(2, refused.available());
        assertEquals(2, kettle.stock());
    }

    @Test
    void theLastUnitLeavesNothingAvailable() {
        Product kettle = kettleWithStock(1);

        kettle.reserve(1);

        assertFalse(kettle.isAvailable());
    }

    @Test
    void releasingPutsUnitsBack() {
        Product kettle = kettleWithStock(1);
        kettle.reserve(1);

        kettle.release(1);

        assertEquals(1, kettle.stock());
    }

    @Test
    void quantitiesMustBePositive() {
        Product kettle = kettleWithStock(5);

        assertThrows(IllegalArgumentException.class, () -> kettle.reserve(0));
        assertThrows(IllegalArgumentException.class, () -> kettle.release(-1));
    }

    @Test
    void refusesNegativePriceOrStock() {
        Category kitchen = new Category("kitchen", new LocalizedText("Кухня", "Kitchen"), 1);
        LocalizedText name = new LocalizedText("Чайник", "Kettle");

        assertThrows(IllegalArgumentException.class,
                () -> new Product("KIT-002", kitchen, name, name, Money.rubles("-1"), 1));
        assertThrows(IllegalArgumentException.class,
                () -> new Product("KIT-002", kitchen, name, name, Money.rubles("1"), -1));
    }
}
