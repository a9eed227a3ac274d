package org.orderdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.orderdesk.catalog.domain.Category;
import org.orderdesk.catalog.domain.Product;
import org.orderdesk.catalog.domain.ProductPicture;
import org.orderdesk.shared.LocalizedText;
import org.orderdesk.shared.Money;

/** What the shop's pages read of a product: its view, with its shelf, and its picture's bytes. */
class ProductViewTest {

    private static final Category KITCHEN = new Category("kitchen", new LocalizedText("Кухня", "Kitchen"), 1);

    private static Product kettle(int stock) {
        return new Product("KIT-001", KITCHEN, new LocalizedText("Чайник", "Kettle"),
                new LocalizedText("Стальной", "Steel"), Money.rubles("1000.00"), stock);
    }

    @Test
    void theViewHoldsWhatTheCardShowsInBothLanguagesWithItsShelf() {
        ProductView kettle = ProductView.of(kettle(5));

        assertEquals("KIT-001", kettle.sku());
        assertEquals("Kettle", kettle.nameIn(Locale.ENGLISH));
        assertEquals("Стальной", kettle.descriptionIn(Locale.forLanguageTag("ru")));
        assertEquals(new CategoryView("kitchen", new LocalizedText("Кухня", "Kitchen")), kettle.category());
        assertEquals("Kitchen", kettle.category().nameIn(Locale.ENGLISH));
        assertEquals(Money.rubles("1000.00"), kettle.price());
        assertEquals(5, kettle.stock());
        assertTrue(kettle.isAvailable());
    }

    @Test
    void aProductOutOfStockIsNotAvailable() {
        assertFalse(ProductView.of(kettle(0)).isAvailable());
    }

    /** The servlet gets the bytes; nothing it does to them reaches the next request's copy. */
    @Test
    void aPicturesBytesCannotBeChangedThroughTheFile() {
        byte[] svg = "<svg/>".getBytes(StandardCharsets.UTF_8);
        ProductPictureFile file = ProductPictureFile.of(new ProductPicture(kettle(5), "image/svg+xml", svg));

        file.content()[0] = 'X';

        assertEquals("image/svg+xml", file.contentType());
        assertArrayEquals(svg, file.content());
    }
}
