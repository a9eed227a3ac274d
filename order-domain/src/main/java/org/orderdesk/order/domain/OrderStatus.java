package org.orderdesk.order.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of an order, as customers see it. Each status knows where it may go next; the order refuses any
 * other move. Which of IN_TRANSIT's two successors applies depends on the delivery method.
 */
public enum OrderStatus {
    CREATED,
    AWAITING_PAYMENT,
    ASSEMBLING,
    HANDED_TO_DELIVERY,
    IN_TRANSIT,
    WITH_COURIER,
    AWAITING_PICKUP,
    DELIVERED,
    RECEIVED,
    CANCELLED,
    RETURNED;

    public Set<OrderStatus> next(DeliveryMethod method) {
        return switch (this) {
            case CREATED -> EnumSet.of(AWAITING_PAYMENT, ASSEMBLING, CANCELLED);
            case AWAITING_PAYMENT -> EnumSet.of(ASSEMBLING, CANCELLED);
            case ASSEMBLING -> EnumSet.of(HANDED_TO_DELIVERY, CANCELLED);
            case HANDED_TO_DELIVERY -> EnumSet.of(IN_TRANSIT);
            case IN_TRANSIT -> method == DeliveryMethod.COURIER ? EnumSet.of(WITH_COURIER) : EnumSet.of(AWAITING_PICKUP);
            case WITH_COURIER -> EnumSet.of(DELIVERED);
            case AWAITING_PICKUP -> EnumSet.of(RECEIVED, RETURNED);
            case DELIVERED, RECEIVED, CANCELLED, RETURNED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean isFinal() {
        return this == DELIVERED || this == RECEIVED || this == CANCELLED || this == RETURNED;
    }

    /** Whether an order paid online may be here only once its payment is in: every step of its way to the customer. */
    public boolean needsPayment() {
        return this != CREATED && this != AWAITING_PAYMENT && this != CANCELLED && this != RETURNED;
    }

    /** A customer may cancel until the order is handed over to delivery. */
    public boolean isCancellableByCustomer() {
        return this == CREATED || this == AWAITING_PAYMENT || this == ASSEMBLING;
    }
}
