package org.orderdesk.web.catalog;

/** A product as the shop window shows it, already in the visitor's language. */
public record ProductCard(String sku, String name, String description, String category, String price, int stock) {

    public boolean isAvailable() {
        return stock > 0;
    }

    public String getPictureUrl() {
        return "/pictures/" + sku + ".svg";
    }
}
