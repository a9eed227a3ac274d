package org.orderdesk.order;

/** Where the money stands: paid on receipt, waiting for an online payment, paid online, or declined. */
public enum PaymentState {
    ON_RECEIPT,
    AWAITING,
    PAID,
    DECLINED
}
