package org.orderdesk.order;

/**
 * Where the money stands: paid on receipt, waiting for an online payment, paid, declined, or nothing due because
 * the order was cancelled or returned unpaid.
 */
public enum PaymentState {
    ON_RECEIPT,
    AWAITING,
    PAID,
    DECLINED,
    NOTHING_DUE
}
