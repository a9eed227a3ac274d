package org.orderdesk.order.domain;

import org.orderdesk.shared.Money;

/**
 * What delivery costs, shown before the order is placed: pickup points are free; a courier costs a fixed price,
 * free from a threshold of goods.
 */
public final class DeliveryPricing {

    public static final Money COURIER_PRICE = Money.rubles("299.00");
    public static final Money FREE_COURIER_FROM = Money.rubles("3000.00");

    private DeliveryPricing() {
    }

    public static Money priceOf(DeliveryMethod method, Money goods) {
        if (method == DeliveryMethod.PICKUP_POINT || goods.compareTo(FREE_COURIER_FROM) >= 0) {
            return Money.ZERO;
        }
        return COURIER_PRICE;
    }
}
