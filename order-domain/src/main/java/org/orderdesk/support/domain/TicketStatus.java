package org.orderdesk.support.domain;

/** Whose turn it is in a support conversation; a closed ticket takes no more messages. */
public enum TicketStatus {
    /** The customer wrote last: the ticket is in the operators' queue. */
    WAITING_FOR_OPERATOR,
    /** An operator answered last. */
    WAITING_FOR_CUSTOMER,
    CLOSED
}
