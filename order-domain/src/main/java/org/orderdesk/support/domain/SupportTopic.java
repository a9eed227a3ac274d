package org.orderdesk.support.domain;

/** What a customer writes to support about; the questions support hears most come first. */
public enum SupportTopic {
    WHERE_IS_MY_ORDER,
    PICKUP_CODE_OR_PICKUP,
    CANCEL_OR_RETURN,
    PAYMENT,
    OTHER
}
