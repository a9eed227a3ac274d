package org.orderdesk.web.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A product as the shop window shows it, already in the visitor's language. */
public record ProductCard(String sku, String name, String description, String category, String price, int stock) {

    public boolean isAvailable() {
        return stock > 0;
    }

    /** The card's id in the page, which "Add to cart" scrolls back to. */
    public static String elementId(String sku) {
        return "product-" + sku;
    }

    public String getElementId() {
        return elementId(sku);
    }

    /** The product's page, relative to the context root. */
    public String getAddress() {
        return "/shop/product?sku=" + URLEncoder.encode(sku, StandardCharsets.UTF_8);
    }

    public String getPictureUrl() {
        return "/pictures/" + sku + ".svg";
    }
}
