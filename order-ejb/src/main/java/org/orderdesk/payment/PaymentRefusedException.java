package org.orderdesk.payment;

import jakarta.ejb.ApplicationException;

/** The order cannot be paid now; nothing was charged and nothing changed. The reason says what to tell the payer. */
@ApplicationException(rollback = true)
public class PaymentRefusedException extends Exception {

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

    private final Reason reason;

    public PaymentRefusedException(Reason reason, String orderNumber) {
        super(reason + " " + orderNumber);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
