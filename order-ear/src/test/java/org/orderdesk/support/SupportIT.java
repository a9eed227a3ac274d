package org.orderdesk.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.order.CheckoutService;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.platform.Slice;
import org.orderdesk.server.Callers;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.Mailbox;
import org.orderdesk.server.ShopFixture;
import org.orderdesk.support.TicketRefusedException.Reason;
import org.orderdesk.support.domain.SupportTopic;
import org.orderdesk.support.domain.TicketStatus;

/** Support on the real server and database: tickets about own orders only, answers mailed once, the queue. */
@ExtendWith(ArquillianExtension.class)
class SupportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    private ShopFixture shop;

    @Inject
    private Callers callers;

    @Inject
    private CheckoutService checkout;

    @Inject
    private CustomerSupport support;

    @Inject
    private SupportDesk desk;

    /** Logs the customer in, who stays logged in, and places an order as them. */
    private OrderNumber orderOf(String email) throws Exception {
        callers.logIn(email);
        return checkout.placeOrder(ShopFixture.pickupOrder(shop.newProduct(5), 1));
    }

    /** Logs the customer in, who stays logged in, and opens a ticket as them. */
    private long ticketOf(String email, SupportTopic topic, String text) throws Exception {
        callers.logIn(email);
        return support.open(topic, null, text);
    }

    /** The ids in the operators' queue, in its order, read page by page. */
    private List<Long> queue() {
        List<Long> ids = new ArrayList<>();
        Slice<TicketRow> page = desk.queue(1);
        ids.addAll(page.items().stream().map(TicketRow::id).toList());
        while (page.hasNext()) {
            page = desk.queue(page.page() + 1);
            ids.addAll(page.items().stream().map(TicketRow::id).toList());
        }
        return ids;
    }

    @Test
    void aCustomerOpensATicketAboutTheirOwnOrderButNotAboutAnothers() throws Exception {
        String anna = shop.newCustomer();
        String boris = shop.newCustomer();
        OrderNumber annasOrder = orderOf(anna);

        long id = support.open(SupportTopic.WHERE_IS_MY_ORDER, annasOrder, "Где мой заказ?");
        TicketConversation ticket = support.ticket(id).orElseThrow();
        callers.logIn(boris);
        TicketRefusedException foreign = assertThrows(TicketRefusedException.class,
                () -> support.open(SupportTopic.OTHER, annasOrder, "Чужой заказ"));
        long withoutOrder = support.open(SupportTopic.PAYMENT, null, "Вопрос об оплате");

        assertEquals(annasOrder, ticket.orderNumber());
        assertEquals(TicketStatus.WAITING_FOR_OPERATOR, ticket.status());
        assertEquals("Где мой заказ?", ticket.messages().get(0).text());
        assertEquals(Reason.NOT_YOUR_ORDER, foreign.reason());
        assertNull(support.ticket(withoutOrder).orElseThrow().orderNumber());
        assertEquals(List.of(withoutOrder), support.list(1).items().stream().map(TicketRow::id).toList());
    }

    @Test
    void anOperatorsAnswerQueuesExactlyOneMailWithTheAnswerAndTheLink() throws Exception {
        String anna = shop.newCustomer();
        long id = support.open(SupportTopic.WHERE_IS_MY_ORDER, orderOf(anna), "Где мой заказ?");
        String operator = shop.newOperator();

        callers.logIn(operator);
        desk.take(id);
        desk.answer(id, "Заказ собирается.\nЗавтра передадим в доставку.");

        ConsoleTicketView answered = desk.ticket(id).orElseThrow();
        assertEquals(TicketStatus.WAITING_FOR_CUSTOMER, answered.conversation().status());
        assertEquals(operator, answered.assignedOperator());
        assertEquals(1, shop.mails(MailKind.SUPPORT_ANSWER, id + ".2").size(), "the answer is the second message");
        MimeMessage mail = Mailbox.awaitSubject(anna, "Ответ поддержки по обращению №" + id);
        String text = Mailbox.part(mail, "text/plain");
        assertTrue(text.contains("Заказ собирается."), text);
        assertTrue(text.contains("/account/ticket?id=" + id), text);

        callers.logIn(anna);
        assertEquals(1, support.list(1).items().get(0).customerUnread());
        support.ticket(id);
        assertEquals(0, support.list(1).items().get(0).customerUnread(), "opening the ticket reads it");
    }

    @Test
    void anotherCustomerCanNeitherReadNorWriteNorCloseTheTicket() throws Exception {
        String anna = shop.newCustomer();
        long id = ticketOf(anna, SupportTopic.OTHER, "Вопрос");

        callers.logIn(shop.newCustomer());
        TicketRefusedException reply = assertThrows(TicketRefusedException.class,
                () -> support.reply(id, "Я не Анна"));
        TicketRefusedException close = assertThrows(TicketRefusedException.class, () -> support.close(id));

        assertTrue(support.ticket(id).isEmpty());
        assertTrue(support.ticket(Long.MAX_VALUE).isEmpty());
        assertEquals(Reason.NOT_FOUND, reply.reason());
        assertEquals(Reason.NOT_FOUND, close.reason());
        callers.logIn(anna);
        TicketConversation ticket = support.ticket(id).orElseThrow();
        assertEquals(1, ticket.messages().size());
        assertEquals(TicketStatus.WAITING_FOR_OPERATOR, ticket.status());
    }

    @Test
    void aClosedTicketRefusesEveryNewMessage() throws Exception {
        long id = ticketOf(shop.newCustomer(), SupportTopic.CANCEL_OR_RETURN, "Хочу вернуть товар");

        support.close(id);
        TicketRefusedException reply = assertThrows(TicketRefusedException.class,
                () -> support.reply(id, "Ещё вопрос"));
        callers.logIn(shop.newOperator());
        TicketRefusedException answer = assertThrows(TicketRefusedException.class,
                () -> desk.answer(id, "Ответ"));
        TicketRefusedException again = assertThrows(TicketRefusedException.class, () -> desk.close(id));

        assertEquals(Reason.CLOSED, reply.reason());
        assertEquals(Reason.CLOSED, answer.reason());
        assertEquals(Reason.CLOSED, again.reason());
        TicketConversation ticket = desk.ticket(id).orElseThrow().conversation();
        assertEquals(TicketStatus.CLOSED, ticket.status());
        assertEquals(1, ticket.messages().size());
        assertTrue(shop.mails(MailKind.SUPPORT_ANSWER, id + ".2").isEmpty());
    }

    @Test
    void theQueueServesTheLongestWaitingFirstAndAnsweredTicketsLeaveIt() throws Exception {
        long older = ticketOf(shop.newCustomer(), SupportTopic.PAYMENT, "Первый вопрос");
        String boris = shop.newCustomer();
        long newer = ticketOf(boris, SupportTopic.PAYMENT, "Второй вопрос");
        String operator = shop.newOperator();

        callers.logIn(operator);
        List<Long> before = queue();
        desk.answer(older, "Ответ на первый");
        List<Long> answered = queue();
        callers.logIn(boris);
        support.reply(newer, "Дополнение");

        callers.logIn(operator);
        assertTrue(before.indexOf(older) >= 0 && before.indexOf(older) < before.indexOf(newer), before.toString());
        assertTrue(!answered.contains(older) && answered.contains(newer));
        assertTrue(desk.all(TicketStatus.WAITING_FOR_CUSTOMER, 1).items().stream()
                .anyMatch(row -> row.id() == older));
        assertEquals(TicketStatus.WAITING_FOR_OPERATOR, desk.ticket(newer).orElseThrow().conversation().status());
    }
}
