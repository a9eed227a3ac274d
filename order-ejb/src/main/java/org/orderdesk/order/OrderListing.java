package org.orderdesk.order;

import java.time.Instant;
import org.orderdesk.shared.Money;

/** One row of the console's order list. */
public record OrderListing(String number, Instant placedAt, OrderStatus status, Money total, String customerEmail,
                           String customerName, DeliveryMethod deliveryMethod) {
}
