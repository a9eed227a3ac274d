package org.orderdesk.order.domain;

/**
 * Why customers usually cancel, as they pick it from a list. Stored as its code and put into words in the
 * reader's language when shown; OTHER asks the customer to say it in their own words.
 */
public enum CancelReason {
    CHANGED_MIND,
    FOUND_CHEAPER,
    TOO_LONG,
    ORDERED_BY_MISTAKE,
    OTHER,
    /** Not a customer's choice: the shop cancels an order paid online that was not paid in time. */
    NOT_PAID;

    public boolean needsComment() {
        return this == OTHER;
    }

    /** Whether the customer may pick it from the list. */
    public boolean isPickable() {
        return this != NOT_PAID;
    }
}
