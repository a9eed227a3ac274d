package org.orderdesk.payment;

import org.orderdesk.platform.RefusedException;

/** The order cannot be paid now; nothing was charged and nothing changed. The reason says what to tell the payer. */
public class PaymentRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    /** Why a payment was refused. */
    public enum Reason {
        /** No such order, or not this customer's: the two are told apart by nobody. */
        NOT_FOUND,
        /** A second tab, a double click or an old page: the order is paid already. */
        ALREADY_PAID,
        /** The order was cancelled, by the customer or because its time to pay ran out. */
        NO_LONGER_PAYABLE
    }

    public PaymentRefusedException(Reason reason, String orderNumber) {
        super("payment", reason, orderNumber);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
