package org.orderdesk.support;

import org.orderdesk.customer.CustomerContact;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.support.domain.SupportTicket;

/**
 * A ticket as the console's ticket page shows it: the conversation with who wrote each message, the customer, the
 * operator who has it, and the status of the order it is about. Made in the service's transaction, like
 * {@link TicketConversation}.
 *
 * @param assignedOperator the operator who took the ticket (or answered it first), or null
 * @param orderStatus      the status of the order the ticket is about, or null when it is about none (or the order
 *                         is gone)
 */
public record ConsoleTicketView(TicketConversation conversation, CustomerContact customer, String assignedOperator,
                                OrderStatus orderStatus) {

    static ConsoleTicketView of(SupportTicket ticket, OrderStatus orderStatus) {
        return new ConsoleTicketView(TicketConversation.forOperators(ticket), CustomerContact.of(ticket.customer()),
                ticket.assignedOperator(), orderStatus);
    }
}
