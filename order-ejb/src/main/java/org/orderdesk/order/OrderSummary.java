package org.orderdesk.order;

import java.time.Instant;
import org.orderdesk.shared.Money;

/** One row of a list of orders, read without loading the order's lines or history. */
public record OrderSummary(String number, Instant placedAt, OrderStatus status, Money total, int itemCount,
                           String thumbnailSku) {
}
