package org.orderdesk.order;

/** How an order reaches the customer. */
public enum DeliveryMethod {
    COURIER,
    PICKUP_POINT
}
