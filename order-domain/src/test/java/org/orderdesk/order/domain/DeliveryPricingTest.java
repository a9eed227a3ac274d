package org.orderdesk.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.orderdesk.shared.Money;

class DeliveryPricingTest {

    @Test
    void pickupPointsAreFree() {
        assertEquals(Money.ZERO, DeliveryPricing.priceOf(DeliveryMethod.PICKUP_POINT, Money.rubles("10.00")));
    }

    @Test
    void aCourierCostsAFixedPriceBelowTheThreshold() {
        assertEquals(Money.rubles("299.00"), DeliveryPricing.priceOf(DeliveryMethod.COURIER, Money.rubles("2999.99")));
    }

    @Test
    void aCourierIsFreeFromTheThreshold() {
        assertEquals(Money.ZERO, DeliveryPricing.priceOf(DeliveryMethod.COURIER, Money.rubles("3000.00")));
    }
}
