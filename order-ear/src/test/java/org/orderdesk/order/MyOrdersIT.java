package org.orderdesk.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.order.OrderActionRefusedException.Reason;
import org.orderdesk.order.domain.CancelReason;
import org.orderdesk.order.domain.CancellationReason;
import org.orderdesk.order.domain.CustomerOrder;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.platform.Slice;
import org.orderdesk.security.LoginService;
import org.orderdesk.server.Callers;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.Mailbox;
import org.orderdesk.server.ServerLog;
import org.orderdesk.server.ShopFixture;

/** My orders on the real server and database: tabs, paging, search by number, cancelling, extending storage. */
@ExtendWith(ArquillianExtension.class)
class MyOrdersIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    private Callers callers;

    @Inject
    private ShopFixture shop;

    @Inject
    private CheckoutService checkout;

    @Inject
    private OrderQueries queries;

    @Inject
    private CustomerOrderActions actions;

    @Inject
    private OrderOperations operations;

    @Inject
    private LoginService logins;

    @Resource
    private UserTransaction transaction;

    /** Logs the customer in and places the orders as them; the customer stays logged in. */
    private List<OrderNumber> place(String email, String sku, int count) throws Exception {
        callers.logIn(email);
        List<OrderNumber> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(checkout.placeOrder(ShopFixture.pickupOrder(sku, 1)));
        }
        return numbers;
    }

    /** Logs a fresh operator in and moves the order through the statuses as them. */
    private void operatorMoves(OrderNumber number, OrderStatus... statuses) throws Exception {
        callers.logIn(shop.newOperator());
        for (OrderStatus next : statuses) {
            operations.moveTo(number, next, null);
        }
    }

    @Test
    void tabsArePagedNewestFirstWithTheirCounts() throws Exception {
        String email = shop.newCustomer();
        List<OrderNumber> numbers = place(email, shop.newProduct(30), 23);
        actions.cancel(numbers.get(0), CancellationReason.picked(CancelReason.CHANGED_MIND, null));
        actions.cancel(numbers.get(5), CancellationReason.inWords("found it cheaper"));

        assertEquals(new OrderTabs(21, 2), queries.tabs());
        Slice<OrderSummary> first = queries.list(false, 1);
        Slice<OrderSummary> second = queries.list(false, 2);
        assertEquals(20, first.items().size());
        assertEquals(21, first.total());
        assertEquals(2, first.pageCount());
        assertEquals(numbers.get(22), first.items().get(0).number());
        assertEquals(1, second.items().size());
        assertEquals(numbers.get(1), second.items().get(0).number());
        Slice<OrderSummary> completed = queries.list(true, 1);
        assertEquals(List.of(numbers.get(5), numbers.get(0)),
                completed.items().stream().map(OrderSummary::number).toList());
        OrderSummary row = completed.items().get(0);
        assertEquals(OrderStatus.CANCELLED, row.status());
        assertEquals(1, row.itemCount());
    }

    @Test
    void searchFindsOnlyTheCustomersOwnOrderByWholeNumberOrItsSequence() throws Exception {
        String anna = shop.newCustomer();
        String boris = shop.newCustomer();
        String sku = shop.newProduct(10);
        OrderNumber borisOrder = place(boris, sku, 1).get(0);
        assertTrue(queries.ownedBy(borisOrder).isPresent());
        List<OrderNumber> annas = place(anna, sku, 3);

        assertEquals(Optional.of(annas.get(1)), queries.findNumber("2"));
        assertEquals(Optional.of(annas.get(2)), queries.findNumber(" 0003 "));
        assertEquals(Optional.of(annas.get(0)), queries.findNumber(annas.get(0).value()));
        assertEquals(Optional.empty(), queries.findNumber(borisOrder.value()));
        assertEquals(Optional.empty(), queries.findNumber("4"));
        assertEquals(Optional.empty(), queries.findNumber("0"));
        assertEquals(Optional.empty(), queries.findNumber("<script>"));
        assertTrue(queries.ownedBy(borisOrder).isEmpty());
        callers.logIn(boris);
        assertTrue(queries.ownedBy(annas.get(0)).isEmpty());
    }

    @Test
    void cancellingReturnsTheStockAndMailsTheReason() throws Exception {
        String email = shop.newCustomer();
        String sku = shop.newProduct(10);
        callers.logIn(email);
        OrderNumber number = checkout.placeOrder(ShopFixture.pickupOrder(sku, 3));
        assertEquals(7, shop.stockOf(sku));

        actions.cancel(number, CancellationReason.picked(CancelReason.FOUND_CHEAPER, "на 10 % дешевле"));

        assertEquals(10, shop.stockOf(sku));
        CustomerOrder order = shop.orderNumbered(number);
        assertEquals(OrderStatus.CANCELLED, order.status());
        assertEquals(email, order.history().get(order.history().size() - 1).by());
        MimeMessage mail = Mailbox.awaitSubject(email, "отменён");
        assertTrue(Mailbox.part(mail, "text/plain").contains("Нашёл(ла) дешевле: на 10 % дешевле"),
                "the picked reason in the customer's language, then their words");
        assertEquals(1, shop.mails(MailKind.ORDER_CANCELLED, number.value()).size());
    }

    @Test
    void cancellingIsRefusedOnceTheOrderIsHandedOverAndForAnotherCustomer() throws Exception {
        String email = shop.newCustomer();
        OrderNumber number = place(email, shop.newProduct(5), 1).get(0);

        callers.logIn(shop.newCustomer());
        OrderActionRefusedException stranger = assertThrows(OrderActionRefusedException.class,
                () -> actions.cancel(number, CancellationReason.inWords("not mine")));
        operatorMoves(number, OrderStatus.HANDED_TO_DELIVERY);
        callers.logIn(email);
        OrderActionRefusedException late = assertThrows(OrderActionRefusedException.class,
                () -> actions.cancel(number, CancellationReason.inWords("too late")));

        assertEquals(Reason.NOT_FOUND, stranger.reason());
        assertEquals(Reason.NOT_ALLOWED_NOW, late.reason());
        assertEquals(OrderStatus.HANDED_TO_DELIVERY, shop.orderNumbered(number).status());
        assertTrue(shop.mails(MailKind.ORDER_CANCELLED, number.value()).isEmpty());
    }

    @Test
    void anArrivedOrderIsMailedWithItsCodeAndItsStorageCanBeExtendedOnce() throws Exception {
        String email = shop.newCustomer();
        OrderNumber number = place(email, shop.newProduct(5), 1).get(0);
        operatorMoves(number, OrderStatus.HANDED_TO_DELIVERY, OrderStatus.IN_TRANSIT, OrderStatus.AWAITING_PICKUP);
        CustomerOrder arrived = shop.orderNumbered(number);

        MimeMessage ready = Mailbox.awaitSubject(email, "ждёт вас");
        assertTrue(Mailbox.part(ready, "text/plain").contains(arrived.pickupCode().value()));
        callers.logIn(email);
        actions.extendStorage(number);
        OrderActionRefusedException again = assertThrows(OrderActionRefusedException.class,
                () -> actions.extendStorage(number));

        assertEquals(Reason.STORAGE_NOT_EXTENDABLE, again.reason());
        assertEquals(arrived.storageDeadline().plus(Duration.ofDays(3)), shop.orderNumbered(number).storageDeadline());
        assertTrue(Mailbox.part(Mailbox.awaitSubject(email, "срок хранения продлён"), "text/plain")
                .contains(arrived.pickupCode().value()));
    }

    @Test
    void anOperatorCannotSkipAStatusOrCancelWithoutAReason() throws Exception {
        OrderNumber number = place(shop.newCustomer(), shop.newProduct(5), 1).get(0);
        callers.logIn(shop.newOperator());

        OrderActionRefusedException skip = assertThrows(OrderActionRefusedException.class,
                () -> operations.moveTo(number, OrderStatus.RECEIVED, null));
        OrderActionRefusedException noReason = assertThrows(OrderActionRefusedException.class,
                () -> operations.moveTo(number, OrderStatus.CANCELLED, " "));

        assertEquals(Reason.NOT_ALLOWED_NOW, skip.reason());
        assertEquals(Reason.REASON_REQUIRED, noReason.reason());
        assertEquals(OrderStatus.ASSEMBLING, shop.orderNumbered(number).status());
    }

    @Test
    void aRefusalUndoesWhateverItsTransactionHadDone() throws Exception {
        String sku = shop.newProduct(5);
        callers.logIn(shop.newCustomer());

        transaction.begin();
        OrderNumber number = checkout.placeOrder(ShopFixture.pickupOrder(sku, 2));
        assertThrows(OrderActionRefusedException.class, () -> actions.extendStorage(number));
        int status = transaction.getStatus();
        transaction.rollback();

        assertEquals(Status.STATUS_MARKED_ROLLBACK, status);
        assertEquals(5, shop.stockOf(sku));
    }

    /**
     * The server log says an operator moved an order only once the move is committed: a move undone with its
     * transaction leaves the order as it was and no line claiming otherwise.
     */
    @Test
    void anOperatorsMoveIsLoggedOnlyOnceCommitted() throws Exception {
        List<OrderNumber> numbers = place(shop.newCustomer(), shop.newProduct(5), 2);
        OrderNumber undone = numbers.get(0);
        OrderNumber kept = numbers.get(1);
        String operator = shop.newOperator();
        callers.logIn(operator);

        transaction.begin();
        operations.moveTo(undone, OrderStatus.HANDED_TO_DELIVERY, null);
        transaction.rollback();
        operations.moveTo(kept, OrderStatus.HANDED_TO_DELIVERY, null);

        String log = ServerLog.afterALineOfOurOwn(logins);
        assertEquals(OrderStatus.ASSEMBLING, shop.orderNumbered(undone).status());
        assertFalse(log.contains(operator + " moved order " + undone), "a line for the move undone");
        assertTrue(log.contains(operator + " moved order " + kept + " to HANDED_TO_DELIVERY"), "a line for the move kept");
    }
}
