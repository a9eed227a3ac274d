package org.orderdesk.order.domain;

/**
 * Where the money stands: paid on receipt, waiting for an online payment, paid, declined, nothing due because
 * the order was cancelled or returned unpaid, or given back after a paid order was cancelled.
 */
public enum PaymentState {
    ON_RECEIPT,
    AWAITING,
    PAID,
    DECLINED,
    NOTHING_DUE,
    REFUNDED
}
