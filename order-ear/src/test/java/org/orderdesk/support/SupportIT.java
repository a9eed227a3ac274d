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
import org.orderdesk.mail.MailKind;
import org.orderdesk.order.CheckoutService;
import org.orderdesk.platform.Slice;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.Mailbox;
import org.orderdesk.server.ShopFixture;
import org.orderdesk.support.TicketRefusedException.Reason;

/** Support on the real server and database: tickets about own orders only, answers mailed once, the queue. */
@ExtendWith(ArquillianExtension.class)
class SupportIT {

    private static final String OPERATOR = "operator@orderdesk.test";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(SupportIT.class, Mailbox.class, ShopFixture.class);
    }

    @Inject
    private ShopFixture shop;

    @Inject
    private CheckoutService checkout;

    @Inject
    private CustomerSupport support;

    @Inject
    private SupportDesk desk;

    private String orderOf(String email) throws Exception {
        return checkout.placeOrder(email, ShopFixture.pickupOrder(shop.newProduct(5), 1));
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
        String annasOrder = orderOf(anna);

        long id = support.open(anna, SupportTopic.WHERE_IS_MY_ORDER, annasOrder, "Где мой заказ?");
        TicketRefusedException foreign = assertThrows(TicketRefusedException.class,
                () -> support.open(boris, SupportTopic.OTHER, annasOrder, "Чужой заказ"));
        long withoutOrder = support.open(boris, SupportTopic.PAYMENT, " ", "Вопрос об оплате");

        SupportTicket ticket = support.ticket(anna, id).orElseThrow();
        assertEquals(annasOrder, ticket.orderNumber());
        assertEquals(TicketStatus.WAITING_FOR_OPERATOR, ticket.status());
        assertEquals("Где мой заказ?", ticket.messages().get(0).text());
        assertEquals(Reason.NOT_YOUR_ORDER, foreign.reason());
        assertNull(support.ticket(boris, withoutOrder).orElseThrow().orderNumber());
        assertEquals(List.of(withoutOrder), support.list(boris, 1).items().stream().map(TicketRow::id).toList());
    }

    @Test
    void anOperatorsAnswerQueuesExactlyOneMailWithTheAnswerAndTheLink() throws Exception {
        String anna = shop.newCustomer();
        long id = support.open(anna, SupportTopic.WHERE_IS_MY_ORDER, orderOf(anna), "Где мой заказ?");

        desk.take(id, OPERATOR);
        desk.answer(id, OPERATOR, "Заказ собирается.\nЗавтра передадим в доставку.");

        SupportTicket answered = desk.ticket(id).orElseThrow();
        assertEquals(TicketStatus.WAITING_FOR_CUSTOMER, answered.status());
        assertEquals(OPERATOR, answered.assignedOperator());
        assertEquals(1, shop.mails(MailKind.SUPPORT_ANSWER, answered.lastMessageKey()).size());
        MimeMessage mail = Mailbox.awaitSubject(anna, "Ответ поддержки по обращению №" + id);
        String text = Mailbox.part(mail, "text/plain");
        assertTrue(text.contains("Заказ собирается."), text);
        assertTrue(text.contains("/account/ticket?id=" + id), text);

        assertEquals(1, support.list(anna, 1).items().get(0).customerUnread());
        support.ticket(anna, id);
        assertEquals(0, support.list(anna, 1).items().get(0).customerUnread(), "opening the ticket reads it");
    }

    @Test
    void anotherCustomerCanNeitherReadNorWriteNorCloseTheTicket() throws Exception {
        String anna = shop.newCustomer();
        String boris = shop.newCustomer();
        long id = support.open(anna, SupportTopic.OTHER, null, "Вопрос");

        TicketRefusedException reply = assertThrows(TicketRefusedException.class,
                () -> support.reply(boris, id, "Я не Анна"));
        TicketRefusedException close = assertThrows(TicketRefusedException.class, () -> support.close(boris, id));

        assertTrue(support.ticket(boris, id).isEmpty());
        assertTrue(support.ticket(boris, Long.MAX_VALUE).isEmpty());
        assertEquals(Reason.NOT_FOUND, reply.reason());
        assertEquals(Reason.NOT_FOUND, close.reason());
        SupportTicket ticket = support.ticket(anna, id).orElseThrow();
        assertEquals(1, ticket.messages().size());
        assertEquals(TicketStatus.WAITING_FOR_OPERATOR, ticket.status());
    }

    @Test
    void aClosedTicketRefusesEveryNewMessage() throws Exception {
        String anna = shop.newCustomer();
        long id = support.open(anna, SupportTopic.CANCEL_OR_RETURN, null, "Хочу вернуть товар");

        support.close(anna, id);
        TicketRefusedException reply = assertThrows(TicketRefusedException.class,
                () -> support.reply(anna, id, "Ещё вопрос"));
        TicketRefusedException answer = assertThrows(TicketRefusedException.class,
                () -> desk.answer(id, OPERATOR, "Ответ"));
        TicketRefusedException again = assertThrows(TicketRefusedException.class, () -> desk.close(id, OPERATOR));

        assertEquals(Reason.CLOSED, reply.reason());
        assertEquals(Reason.CLOSED, answer.reason());
        assertEquals(Reason.CLOSED, again.reason());
        SupportTicket ticket = desk.ticket(id).orElseThrow();
        assertEquals(TicketStatus.CLOSED, ticket.status());
        assertEquals(1, ticket.messages().size());
        assertTrue(shop.mails(MailKind.SUPPORT_ANSWER, id + ".2").isEmpty());
    }

    @Test
    void theQueueServesTheLongestWaitingFirstAndAnsweredTicketsLeaveIt() throws Exception {
        long older = support.open(shop.newCustomer(), SupportTopic.PAYMENT, null, "Первый вопрос");
        String boris = shop.newCustomer();
        long newer = support.open(boris, SupportTopic.PAYMENT, null, "Второй вопрос");

        List<Long> before = queue();
        desk.answer(older, OPERATOR, "Ответ на первый");
        List<Long> answered = queue();
        support.reply(boris, newer, "Дополнение");

        assertTrue(before.indexOf(older) >= 0 && before.indexOf(older) < before.indexOf(newer), before.toString());
        assertTrue(!answered.contains(older) && answered.contains(newer));
        assertTrue(desk.all(TicketStatus.WAITING_FOR_CUSTOMER, 1).items().stream()
                .anyMatch(row -> row.id() == older));
        assertEquals(TicketStatus.WAITING_FOR_OPERATOR, desk.ticket(newer).orElseThrow().status());
    }
}
