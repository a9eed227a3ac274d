package org.orderdesk.order.domain;

/**
 * What a status change means outside the order: stock, refunds, the customer's mail. The order calls it after
 * every change it makes, so no caller can change a status and forget what follows; the application's
 * implementation carries it out in the same transaction.
 */
@FunctionalInterface
public interface OrderEvents {

    /** For changes nobody follows up: placing, whose stock and mail checkout handles itself. */
    OrderEvents NONE = (order, change) -> { };

    void statusChanged(CustomerOrder order, StatusChange change);
}
