package org.orderdesk.web.order;

import java.util.List;
import java.util.Locale;
import org.orderdesk.order.OrderView;
import org.orderdesk.shared.Money;

/** One line of the cart as shown: what it is, how many, what it costs now, and how many are left. */
public record CartItem(String sku, String name, Money unitPrice, int quantity, int stock, Locale locale) {

    /** A placed order's lines, at the prices they were bought for. */
    public static List<CartItem> linesOf(OrderView order, Locale locale) {
        return order.lines().stream()
                .map(l -> new CartItem(l.sku(), l.name().in(locale), l.unitPrice(), l.quantity(), l.quantity(), locale))
                .toList();
    }

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
