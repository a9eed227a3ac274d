package org.orderdesk.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orderdesk.order.InMemoryShop.ANNA;
import static org.orderdesk.order.InMemoryShop.BORIS;
import static org.orderdesk.order.InMemoryShop.OPERATOR;
import static org.orderdesk.platform.Wiring.wire;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orderdesk.mail.MailTemplates;
import org.orderdesk.mail.PublicLinks;
import org.orderdesk.order.InMemoryShop;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.support.TicketConversation.Message;
import org.orderdesk.support.domain.AuthorRole;
import org.orderdesk.support.domain.SupportTopic;
import org.orderdesk.support.domain.TicketStatus;

/**
 * The views the ticket pages render, made from tickets on in-memory ports: everything a page shows is in the
 * record, the customer's without the operators' addresses, the console's with the customer and the order's status.
 */
class TicketConversationTest {

    private final InMemoryShop shop = new InMemoryShop();
    private final InMemoryTicketRepository tickets = new InMemoryTicketRepository();
    private final CustomerSupport support = wire(new CustomerSupport(), tickets, shop.customers, shop.queries,
            shop.clock, shop.customer.context());
    private final SupportDesk desk = wire(new SupportDesk(), tickets, shop.orders, shop.clock, shop.operator.context(),
            wire(new SupportAnswerMail(), new MailTemplates(), shop.outbox,
                    wire(new PublicLinks(), "https://shop.example")));

    private OrderNumber order;
    private Instant asked;
    private Instant answered;
    private long id;

    /** Anna asks where her order waiting at the centre point is; an hour later the operator answers. */
    @BeforeEach
    void annaAsksAndTheOperatorAnswers() throws Exception {
        order = shop.waitingAtCentre();
        shop.customer.actAs(ANNA);
        asked = shop.clock.instant();
        id = support.open(SupportTopic.WHERE_IS_MY_ORDER, order, "Where is my order?");
        shop.clock.advance(Duration.ofHours(1));
        answered = shop.clock.instant();
        desk.answer(id, "At the centre point.");
    }

    @Test
    void theCustomersConversationHoldsWhatTheirTicketPageShows() {
        TicketConversation ticket = support.ticket(id).orElseThrow();

        assertEquals(new TicketConversation(id, SupportTopic.WHERE_IS_MY_ORDER, order,
                TicketStatus.WAITING_FOR_CUSTOMER, List.of(
                        new Message(AuthorRole.CUSTOMER, null, "Where is my order?", asked),
                        new Message(AuthorRole.OPERATOR, null, "At the centre point.", answered))), ticket);
        assertFalse(ticket.closed());
    }

    @Test
    void anotherCustomersTicketIsNotThere() {
        shop.customer.actAs(BORIS);

        assertEquals(Optional.empty(), support.ticket(id));
    }

    @Test
    void theConsoleSeesWhoWroteEachMessageTheCustomerTheOperatorAndTheOrdersStatus() {
        ConsoleTicketView ticket = desk.ticket(id).orElseThrow();

        assertEquals(List.of(ANNA, OPERATOR),
                ticket.conversation().messages().stream().map(Message::authorEmail).toList());
        assertEquals("Anna", ticket.customer().displayName());
        assertEquals(ANNA, ticket.customer().email());
        assertEquals(shop.anna.number(), ticket.customer().number());
        assertEquals(OPERATOR, ticket.assignedOperator());
        assertEquals(OrderStatus.AWAITING_PICKUP, ticket.orderStatus());
    }

    @Test
    void aClosedTicketAboutNoOrderHasNoOrderStatus() throws Exception {
        long question = support.open(SupportTopic.PAYMENT, null, "How do I pay?");
        support.close(question);

        ConsoleTicketView ticket = desk.ticket(question).orElseThrow();

        assertTrue(ticket.conversation().closed());
        assertNull(ticket.conversation().orderNumber());
        assertNull(ticket.orderStatus());
        assertNull(ticket.assignedOperator());
    }
}
