package org.orderdesk.order;

import java.time.Instant;
import org.orderdesk.order.domain.DeliveryMethod;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.shared.Money;

/** One row of the console's order list. */
public record OrderListing(OrderNumber number, Instant placedAt, OrderStatus status, Money total, String customerEmail,
                           String customerName, DeliveryMethod deliveryMethod, int itemCount, int refusedUnits) {

    /** Received, but some units were refused at the desk: the search says "received partially: 2 of 3 items". */
    public boolean receivedPartially() {
        return status == OrderStatus.RECEIVED && refusedUnits > 0;
    }

    public int takenUnits() {
        return itemCount - refusedUnits;
    }
}
