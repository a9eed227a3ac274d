package org.orderdesk.support;

import org.orderdesk.platform.RefusedException;

/** Something a customer or an operator may not do with a ticket now; nothing was changed. */
public class TicketRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    /** Why the action was refused. */
    public enum Reason {
        /** No such ticket, or another customer's: the two are told apart by nobody. */
        NOT_FOUND,
        /** The order named is not one of the customer's own (or does not exist). */
        NOT_YOUR_ORDER,
        /** The ticket is closed: it takes no more messages; the customer opens a new one. */
        CLOSED
    }

    public TicketRefusedException(Reason reason, Object subject) {
        super("ticket", reason, subject);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
