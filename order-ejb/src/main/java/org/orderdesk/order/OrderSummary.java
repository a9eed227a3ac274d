package org.orderdesk.order;

import java.time.Instant;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.order.domain.PickupCode;
import org.orderdesk.shared.LocalizedText;
import org.orderdesk.shared.Money;

/**
 * One row of a list of orders, read without loading the order's lines or history. An order waiting at its pickup
 * point also carries what the customer needs there (null otherwise), so that a list can show it at a glance.
 */
public record OrderSummary(OrderNumber number, Instant placedAt, OrderStatus status, Money total, int itemCount,
                           int refusedUnits, String thumbnailSku, ReadyForPickup readyForPickup) {

    /** As a list query reads the row: the pickup point's columns are null for an order going by courier. */
    public OrderSummary(OrderNumber number, Instant placedAt, OrderStatus status, Money total, int itemCount,
                        int refusedUnits, String thumbnailSku, PickupCode pickupCode, Instant storageDeadline, String pointNameRu,
                        String pointNameEn) {
        this(number, placedAt, status, total, itemCount, refusedUnits, thumbnailSku, status == OrderStatus.AWAITING_PICKUP
                ? new ReadyForPickup(new LocalizedText(pointNameRu, pointNameEn), storageDeadline, pickupCode)
                : null);
    }

    /** Received, but some units were refused at the desk: "received partially: 2 of 3 items". */
    public boolean receivedPartially() {
        return status == OrderStatus.RECEIVED && refusedUnits > 0;
    }

    public int takenUnits() {
        return itemCount - refusedUnits;
    }
}
