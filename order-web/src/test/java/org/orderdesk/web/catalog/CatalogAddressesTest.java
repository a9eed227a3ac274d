package org.orderdesk.web.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The shop window's links are written by hand now (plain HTML): their parameters must still be encoded. */
class CatalogAddressesTest {

    @Test
    void aProductsAddressCarriesItsSkuEncoded() {
        assertEquals("/shop/product?sku=KIT-004", card("KIT-004").getAddress());
        assertEquals("/shop/product?sku=A%26B+C%3D", card("A&B C=").getAddress());
    }

    @Test
    void aShelfsAddressCarriesItsCodeEncoded() {
        assertEquals("/shop/index?category=kitchen",
                new ShopWindow.CategoryLink("kitchen", "Kitchen", false).getAddress());
        assertEquals("/shop/index?category=a%26b%3Fc",
                new ShopWindow.CategoryLink("a&b?c", "A", true).getAddress());
    }

    private static ProductCard card(String sku) {
        return new ProductCard(sku, "name", "description", "category", "1 ₽", 1);
    }
}
