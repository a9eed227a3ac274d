package org.orderdesk.support;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.support.domain.AuthorRole;
import org.orderdesk.support.domain.SupportTicket;
import org.orderdesk.support.domain.SupportTopic;
import org.orderdesk.support.domain.TicketMessage;
import org.orderdesk.support.domain.TicketStatus;

/**
 * A support ticket as its pages show it: what it is about, whose turn it is, and the whole conversation, oldest
 * first. Made from the ticket inside the service's transaction, so that rendering loads nothing lazily
 * (docs/DECISIONS.md, "Pages read view models"). The customer's page gets it as it is; the console's page inside
 * {@link ConsoleTicketView}, with who wrote each message.
 */
public record TicketConversation(long id, SupportTopic topic, OrderNumber orderNumber, TicketStatus status,
                                 List<Message> messages) {

    /** The longest message either side may write, for the message boxes. */
    public static final int MAX_MESSAGE = TicketMessage.MAX_MESSAGE;

    /**
     * One message: which side wrote it, what and when. The writer's address only in the console's conversation:
     * operators see which of them answered, the customer only which side.
     */
    public record Message(AuthorRole authorRole, String authorEmail, String text, Instant at) {

        static Message unsigned(TicketMessage message) {
            return new Message(message.authorRole(), null, message.text(), message.at());
        }

        static Message signed(TicketMessage message) {
            return new Message(message.authorRole(), message.authorEmail(), message.text(), message.at());
        }
    }

    public boolean closed() {
        return status == TicketStatus.CLOSED;
    }

    static TicketConversation forCustomer(SupportTicket ticket) {
        return of(ticket, Message::unsigned);
    }

    static TicketConversation forOperators(SupportTicket ticket) {
        return of(ticket, Message::signed);
    }

    private static TicketConversation of(SupportTicket ticket, Function<TicketMessage, Message> message) {
        return new TicketConversation(ticket.id(), ticket.topic(), ticket.orderNumber(), ticket.status(),
                ticket.messages().stream().map(message).toList());
    }
}
