package org.orderdesk.support;

import java.util.Optional;
import org.orderdesk.support.TicketRefusedException.Reason;
import org.orderdesk.support.domain.SupportTicket;

/** The check every change of a ticket starts with, on either side: the ticket is there and still open. */
final class OpenTicket {

    private OpenTicket() {
    }

    static SupportTicket of(Optional<SupportTicket> found, long id) throws TicketRefusedException {
        SupportTicket ticket = found.orElseThrow(() -> new TicketRefusedException(Reason.NOT_FOUND, id));
        if (ticket.isClosed()) {
            throw new TicketRefusedException(Reason.CLOSED, id);
        }
        return ticket;
    }
}
