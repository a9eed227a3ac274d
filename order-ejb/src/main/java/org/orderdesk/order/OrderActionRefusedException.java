package org.orderdesk.order;

/** An action on an order that its owner or an operator may not take now; nothing was changed. */
public class OrderActionRefusedException extends Exception {

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

    private final Reason reason;

    public OrderActionRefusedException(Reason reason, String orderNumber) {
        super(reason + " " + orderNumber);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
