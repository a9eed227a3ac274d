package org.orderdesk.order.domain;

/** How the customer pays. Only online payment happens before the order is assembled. */
public enum PaymentMethod {
    CARD_ON_RECEIPT,
    CASH_ON_RECEIPT,
    ONLINE_CARD;

    public boolean isPaidOnline() {
        return this == ONLINE_CARD;
    }
}
