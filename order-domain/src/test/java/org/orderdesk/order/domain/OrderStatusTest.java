package org.orderdesk.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void inTransitGoesToTheCourierOrThePickupPointByDeliveryMethod() {
        assertEquals(EnumSet.of(OrderStatus.WITH_COURIER), OrderStatus.IN_TRANSIT.next(DeliveryMethod.COURIER));
        assertEquals(EnumSet.of(OrderStatus.AWAITING_PICKUP),
                OrderStatus.IN_TRANSIT.next(DeliveryMethod.PICKUP_POINT));
    }

    @Test
    void finalStatusesGoNowhere() {
        for (OrderStatus status : OrderStatus.values()) {
            assertEquals(status.isFinal(), status.next(DeliveryMethod.COURIER).isEmpty()
                    && status.next(DeliveryMethod.PICKUP_POINT).isEmpty(), status.name());
        }
    }

    @Test
    void customersMayCancelOnlyBeforeHandOverToDelivery() {
        assertTrue(OrderStatus.CREATED.isCancellableByCustomer());
        assertTrue(OrderStatus.AWAITING_PAYMENT.isCancellableByCustomer());
        assertTrue(OrderStatus.ASSEMBLING.isCancellableByCustomer());
        assertFalse(OrderStatus.HANDED_TO_DELIVERY.isCancellableByCustomer());
        assertFalse(OrderStatus.AWAITING_PICKUP.isCancellableByCustomer());
    }

    @Test
    void anOrderAwaitingPickupIsReceivedOrReturned() {
        assertEquals(EnumSet.of(OrderStatus.RECEIVED, OrderStatus.RETURNED),
                OrderStatus.AWAITING_PICKUP.next(DeliveryMethod.PICKUP_POINT));
    }
}
