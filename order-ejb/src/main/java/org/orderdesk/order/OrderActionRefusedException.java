package org.orderdesk.order;

import org.orderdesk.order.domain.OrderNumber;

import org.orderdesk.platform.RefusedException;

/** An action on an order that its owner or an operator may not take now; nothing was changed. */
public class OrderActionRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    /** Why the action was refused. */
    public enum Reason {
        /** No such order, or not this customer's: the two are told apart by nobody. */
        NOT_FOUND,
        /** The order's status does not allow this step (for a customer: cancelling after hand-over). */
        NOT_ALLOWED_NOW,
        /** Storage can be extended once, only while the order waits at the point. */
        STORAGE_NOT_EXTENDABLE,
        /** A cancellation needs a reason. */
        REASON_REQUIRED
    }

    public OrderActionRefusedException(Reason reason, OrderNumber orderNumber) {
        super("order", reason, orderNumber);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
