package org.orderdesk.order.domain;

/** A move the status machine does not allow; the order is left as it was. */
public class IllegalStatusChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IllegalStatusChangeException(OrderNumber orderNumber, OrderStatus from, OrderStatus to) {
        super("Order " + orderNumber + " cannot go from " + from + " to " + to);
    }
}
