package org.orderdesk.support;

import java.time.Instant;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.support.domain.SupportTopic;
import org.orderdesk.support.domain.TicketStatus;

/** One row of a list of tickets (the customer's own, or the operators' queue), read without the messages. */
public record TicketRow(Long id, SupportTopic topic, OrderNumber orderNumber, TicketStatus status, Instant createdAt,
                        Instant lastMessageAt, int customerUnread, String customerEmail, String customerName,
                        String assignedOperator) {
}
