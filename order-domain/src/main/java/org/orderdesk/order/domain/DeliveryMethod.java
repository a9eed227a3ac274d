package org.orderdesk.order.domain;

/** How an order reaches the customer. */
public enum DeliveryMethod {
    COURIER,
    PICKUP_POINT
}
