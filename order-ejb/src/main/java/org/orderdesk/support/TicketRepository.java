package org.orderdesk.support;

import java.util.List;
import java.util.Optional;
import org.orderdesk.customer.domain.CustomerNumber;
import org.orderdesk.support.domain.SupportTicket;
import org.orderdesk.support.domain.TicketStatus;

/** Where support tickets are kept. */
public interface TicketRepository {

    void add(SupportTicket ticket);

    /** The ticket; its customer and messages are read when asked for, in the caller's transaction. */
    Optional<SupportTicket> find(long id);

    /** Locks the ticket's row until the transaction ends: two messages of one ticket are added one at a time. */
    Optional<SupportTicket> findForUpdate(long id);

    /** One customer's tickets, the latest conversation first. */
    List<TicketRow> ofCustomer(CustomerNumber customerNumber, int first, int max);

    long countOfCustomer(CustomerNumber customerNumber);

    /**
     * Tickets of one status (all of them for null): the queue (waiting for an operator) oldest message first, so
     * that the customer who has waited longest is answered first; any other list latest first.
     */
    List<TicketRow> withStatus(TicketStatus status, int first, int max);

    long countWithStatus(TicketStatus status);
}
