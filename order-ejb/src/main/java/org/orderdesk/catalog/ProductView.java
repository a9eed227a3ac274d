package org.orderdesk.catalog;

import java.util.Locale;
import org.orderdesk.catalog.domain.Product;
import org.orderdesk.shared.LocalizedText;
import org.orderdesk.shared.Money;

/**
 * A product as the shop window, the product page and the cart show it. Made as the catalog is read, with the
 * category its query fetched: the cache shares these for seconds between all requests, which a product entity
 * must not be (any page could change it, or reach a lazy part of it outside a transaction). Names stay in both
 * languages: the page picks its own.
 */
public record ProductView(String sku, CategoryView category, LocalizedText name, LocalizedText description,
                          Money price, int stock) {

    public static ProductView of(Product product) {
        return new ProductView(product.sku(), CategoryView.of(product.category()), product.name(),
                product.description(), product.price(), product.stock());
    }

    public boolean isAvailable() {
        return stock > 0;
    }

    public String nameIn(Locale locale) {
        return name.in(locale);
    }

    public String descriptionIn(Locale locale) {
        return description.in(locale);
    }
}
