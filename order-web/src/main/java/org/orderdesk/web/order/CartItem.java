package org.orderdesk.web.order;

import java.util.Locale;
import org.orderdesk.shared.Money;

/** One line of the cart as shown: what it is, how many, what it costs now, and how many are left. */
public record CartItem(String sku, String name, Money unitPrice, int quantity, int stock, Locale locale) {

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }

    public String getUnitPriceText() {
        return unitPrice.format(locale);
    }

    public String getLineTotalText() {
        return lineTotal().format(locale);
    }

    public boolean isMoreThanStock() {
        return quantity > stock;
    }
}
