package org.orderdesk.support.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orderdesk.customer.domain.Customer;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.Role;

class SupportTicketTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofHours(1));
    private static final String ANNA = "anna@example.com";
    private static final String OPERATOR = "operator@shop";

    private static SupportTicket opened() {
        Customer anna = new Customer(new Account(ANNA, "Anna", "hash", Role.CUSTOMER), null, "ru");
        return SupportTicket.open(anna, ANNA, SupportTopic.WHERE_IS_MY_ORDER, new OrderNumber("10000001-0001"),
                "  Где мой заказ?\nЖду неделю.  ", NOW);
    }

    @Test
    void anOpenedTicketWaitsForAnOperatorWithTheCustomersFirstMessage() {
        SupportTicket ticket = opened();

        assertEquals(TicketStatus.WAITING_FOR_OPERATOR, ticket.status());
        assertEquals(SupportTopic.WHERE_IS_MY_ORDER, ticket.topic());
        assertEquals(new OrderNumber("10000001-0001"), ticket.orderNumber());
        assertEquals(NOW, ticket.createdAt());
        assertEquals(NOW, ticket.lastMessageAt());
        assertNull(ticket.assignedOperator());
        assertEquals(0, ticket.customerUnread());
        TicketMessage first = ticket.messages().get(0);
        assertEquals(AuthorRole.CUSTOMER, first.authorRole());
        assertEquals(ANNA, first.authorEmail());
        assertEquals("Где мой заказ?\nЖду неделю.", first.text(), "stripped, line breaks kept");
        assertTrue(ticket.isOwnedBy("Anna@Example.com"));
        assertFalse(ticket.isOwnedBy("boris@example.com"));
    }

    @Test
    void aTicketNeedsATopicAndMayNameNoOrder() {
        Customer anna = new Customer(new Account(ANNA, "Anna", "hash", Role.CUSTOMER), null, "ru");

        assertThrows(IllegalArgumentException.class,
                () -> SupportTicket.open(anna, ANNA, null, null, "text", NOW));
        assertNull(SupportTicket.open(anna, ANNA, SupportTopic.OTHER, null, "text", NOW).orderNumber());
    }

    @Test
    void aMessageIsNeitherBlankNorLongerThanTheLimit() {
        SupportTicket ticket = opened();

        assertThrows(IllegalArgumentException.class, () -> ticket.customerWrites(ANNA, " \n ", LATER));
        assertThrows(IllegalArgumentException.class, () -> ticket.customerWrites(ANNA, null, LATER));
        assertThrows(IllegalArgumentException.class,
                () -> ticket.operatorAnswers(OPERATOR, "x".repeat(TicketMessage.MAX_MESSAGE + 1), LATER));
        ticket.customerWrites(ANNA, "x".repeat(TicketMessage.MAX_MESSAGE), LATER);

        assertEquals(2, ticket.messages().size());
    }

    @Test
    void anAnswerHandsTheTurnToTheCustomerUnreadAndTakesAnUntakenTicket() {
        SupportTicket ticket = opened();

        ticket.operatorAnswers(OPERATOR, "Заказ в пути.", LATER);
        ticket.operatorAnswers("second@shop", "Будет завтра.", LATER);

        assertEquals(TicketStatus.WAITING_FOR_CUSTOMER, ticket.status());
        assertEquals(OPERATOR, ticket.assignedOperator());
        assertEquals(2, ticket.customerUnread());
        assertEquals(LATER, ticket.lastMessageAt());
        assertEquals(AuthorRole.OPERATOR, ticket.messages().get(1).authorRole());

        ticket.markReadByCustomer();
        assertEquals(0, ticket.customerUnread());
    }

    @Test
    void theCustomersReplyPutsTheTicketBackInTheQueue() {
        SupportTicket ticket = opened();
        ticket.operatorAnswers(OPERATOR, "Какой номер заказа?", NOW);

        ticket.customerWrites(ANNA, "10000001-0001", LATER);

        assertEquals(TicketStatus.WAITING_FOR_OPERATOR, ticket.status());
        assertEquals(List.of(AuthorRole.CUSTOMER, AuthorRole.OPERATOR, AuthorRole.CUSTOMER),
                ticket.messages().stream().map(TicketMessage::authorRole).toList());
        assertEquals(OPERATOR, ticket.assignedOperator(), "stays with the operator who answered");
    }

    @Test
    void anOperatorTakesATicketAlsoFromAnother() {
        SupportTicket ticket = opened();

        ticket.take(OPERATOR);
        ticket.take("second@shop");

        assertEquals("second@shop", ticket.assignedOperator());
        assertEquals(TicketStatus.WAITING_FOR_OPERATOR, ticket.status(), "taking is not answering");
        assertThrows(IllegalArgumentException.class, () -> ticket.take(" "));
    }

    @Test
    void aClosedTicketTakesNoMessagesAndCannotBeClosedOrTakenAgain() {
        SupportTicket ticket = opened();

        ticket.close();

        assertTrue(ticket.isClosed());
        assertThrows(IllegalStateException.class, () -> ticket.customerWrites(ANNA, "Ещё вопрос", LATER));
        assertThrows(IllegalStateException.class, () -> ticket.operatorAnswers(OPERATOR, "Ответ", LATER));
        assertThrows(IllegalStateException.class, ticket::close);
        assertThrows(IllegalStateException.class, () -> ticket.take(OPERATOR));
        assertEquals(1, ticket.messages().size());
        assertEquals(NOW, ticket.lastMessageAt());
    }

    @Test
    void theNewestMessageHasAKeyOfItsOwn() {
        SupportTicket ticket = opened();
        String first = ticket.lastMessageKey();

        ticket.operatorAnswers(OPERATOR, "Ответ", LATER);

        assertTrue(first.endsWith(".1"));
        assertTrue(ticket.lastMessageKey().endsWith(".2"));
    }

    @Test
    void messagesCannotBeChangedFromOutside() {
        SupportTicket ticket = opened();

        assertThrows(UnsupportedOperationException.class, () -> ticket.messages().clear());
    }
}
