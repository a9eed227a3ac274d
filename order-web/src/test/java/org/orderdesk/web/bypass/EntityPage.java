package org.orderdesk.web.bypass;

import java.util.Locale;
import org.orderdesk.catalog.domain.Product;
import org.orderdesk.order.domain.OrderLine;

/** Renders a product and an order's line instead of their views: ArchitectureTest's rule must report it. */
public class EntityPage {

    String productName(Product product, Locale locale) {
        return product.nameIn(locale);
    }

    int units(OrderLine line) {
        return line.quantity();
    }
}
