package org.orderdesk.order.domain;

/** Why a customer refused units at the pickup desk: the short list the operator picks from. */
public enum RefusalReason {
    CHANGED_MIND,
    DAMAGED,
    WRONG_ITEM,
    DOES_NOT_FIT
}
