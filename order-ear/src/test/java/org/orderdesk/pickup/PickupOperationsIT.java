package org.orderdesk.pickup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.order.DeskLookup;
import org.orderdesk.order.DeskLookup.Outcome;
import org.orderdesk.order.OrderActionRefusedException;
import org.orderdesk.order.OrderDeadlines;
import org.orderdesk.order.OrderOperations;
import org.orderdesk.order.PickupDeskService;
import org.orderdesk.order.domain.CustomerOrder;
import org.orderdesk.order.domain.OrderLine;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.order.domain.PaymentMethod;
import org.orderdesk.order.domain.PaymentState;
import org.orderdesk.order.domain.PickupCode;
import org.orderdesk.order.domain.PickupSettlement;
import org.orderdesk.order.domain.Refusal;
import org.orderdesk.order.domain.RefusalReason;
import org.orderdesk.pickup.domain.PickupCodeTry;
import org.orderdesk.server.Callers;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.ShopFixture;
import org.orderdesk.shared.Money;

/** The pickup desk and the storage-expiry job on the real server and database. */
@ExtendWith(ArquillianExtension.class)
class PickupOperationsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    private ShopFixture shop;

    @Inject
    private PickupDeskFixture points;

    @Inject
    private Callers callers;

    @Inject
    private OrderOperations operations;

    @Inject
    private PickupDeskService desk;

    @Inject
    private OrderDeadlines expiry;

    @Resource
    private ManagedExecutorService executor;

    @Test
    void theRightCodeFindsTheOrderWaitingHereAndHandsItOverAgainstPayment() throws Exception {
        String operator = points.operatorAt("MSK-01");
        OrderNumber number = points.orderAt("MSK-01", shop.newProduct(5), 2);
        points.bringToThePoint(number, operator);
        PickupCode code = shop.orderNumbered(number).pickupCode();

        DeskLookup lookup = desk.lookUp(code);

        assertEquals(Outcome.FOUND, lookup.outcome());
        assertEquals(number, lookup.orders().get(0).number());
        assertEquals(2, lookup.orders().get(0).items().get(0).quantity());
        desk.handOver(number, code, List.of());
        CustomerOrder received = shop.orderNumbered(number);
        assertEquals(OrderStatus.RECEIVED, received.status());
        assertEquals(PaymentState.PAID, received.paymentState());
        assertEquals(operator, received.history().get(received.history().size() - 1).by());
        assertEquals(1, shop.mails(MailKind.ORDER_RECEIVED, number.value()).size());
        assertThrows(OrderActionRefusedException.class, () -> desk.handOver(number, code, List.of()));
    }

    @Test
    void aCodeOfAnotherPointOrOfAnOrderStillOnItsWayShowsNoOrder() throws Exception {
        String operator = points.operatorAt("MSK-01");
        String sku = shop.newProduct(5);
        OrderNumber elsewhere = points.orderAt("SPB-01", sku, 1);
        OrderNumber onItsWay = points.orderAt("MSK-01", sku, 1);
        points.bringToThePoint(elsewhere, operator);

        DeskLookup other = desk.lookUp(shop.orderNumbered(elsewhere).pickupCode());
        DeskLookup early = desk.lookUp(shop.orderNumbered(onItsWay).pickupCode());

        assertEquals(Outcome.NOT_HERE, other.outcome());
        assertEquals(Outcome.NOT_HERE, early.outcome());
        assertEquals(List.of(), other.orders());
        assertEquals(List.of(), early.orders());
        assertThrows(OrderActionRefusedException.class,
                () -> desk.handOver(elsewhere, shop.orderNumbered(elsewhere).pickupCode(), List.of()));
    }

    @Test
    void tooManyCodesThatFindNothingPauseTheDeskEvenForTheRightCode() throws Exception {
        // A point no other test tries codes at: every operator's misses there count for the point.
        String operator = points.operatorAt("EKB-01");
        OrderNumber number = points.orderAt("EKB-01", shop.newProduct(5), 1);
        points.bringToThePoint(number, operator);

        for (int i = 1; i < PickupCodeTry.PER_OPERATOR.limit(); i++) {
            assertEquals(Outcome.NOT_HERE, desk.lookUp(new PickupCode(String.format("%08d", i))).outcome());
        }
        DeskLookup last = desk.lookUp(new PickupCode("00000000"));
        DeskLookup right = desk.lookUp(shop.orderNumbered(number).pickupCode());

        assertEquals(Outcome.PAUSED, last.outcome());
        assertEquals(Outcome.PAUSED, right.outcome());
        assertEquals(OrderStatus.AWAITING_PICKUP, shop.orderNumbered(number).status());
    }

    @Test
    void ordersNobodyCollectedGoBackOnceWithTheirStockAndAMail() throws Exception {
        String sku = shop.newProduct(5);
        OrderNumber number = points.orderAt("MSK-02", sku, 2);
        points.bringToThePoint(number, shop.newOperator());
        Instant deadline = shop.orderNumbered(number).storageDeadline();

        callers.asSystem(() -> expiry.returnExpired(deadline.minus(Duration.ofMinutes(1))));
        assertEquals(OrderStatus.AWAITING_PICKUP, shop.orderNumbered(number).status());
        callers.asSystem(() -> expiry.returnExpired(deadline.plusSeconds(1)));
        callers.asSystem(() -> expiry.returnExpired(deadline.plusSeconds(2)));

        CustomerOrder returned = shop.orderNumbered(number);
        assertEquals(OrderStatus.RETURNED, returned.status());
        assertEquals(OrderOperations.STORAGE_EXPIRY, returned.history().get(returned.history().size() - 1).by());
        assertEquals(5, shop.stockOf(sku));
        assertEquals(1, shop.mails(MailKind.ORDER_RETURNED, number.value()).size());
    }

    @Test
    void twoInstancesReturningTheSameOrderAtOnceReturnItOnce() throws Exception {
        String sku = shop.newProduct(5);
        OrderNumber number = points.orderAt("MSK-03", sku, 1);
        points.bringToThePoint(number, shop.newOperator());
        Instant after = shop.orderNumbered(number).storageDeadline().plusSeconds(1);
        Callable<Boolean> instance = () -> callers.asSystem(() -> operations.returnIfStorageEnded(number, after));

        int returned = 0;
        for (Future<Boolean> result : executor.invokeAll(List.of(instance, instance, instance))) {
            returned += result.get() ? 1 : 0;
        }

        assertEquals(1, returned);
        assertEquals(5, shop.stockOf(sku));
        assertEquals(1, shop.mails(MailKind.ORDER_RETURNED, number.value()).size());
    }

    @Test
    void aPartialPickupPaidOnlineReturnsTheRefusedUnitsToStockAndRefundsThemOnce() throws Exception {
        String kettle = shop.newProduct(5);
        String book = shop.newProduct(5);
        OrderNumber number = points.twoLineOrderAt("MSK-01", kettle, 2, book, PaymentMethod.ONLINE_CARD);
        String operator = points.operatorAt("MSK-01");
        points.bringToThePoint(number, operator);
        PickupCode code = shop.orderNumbered(number).pickupCode();
        CustomerOrder waiting = shop.orderNumbered(number);
        int kettleLine = lineOf(waiting, kettle);
        Money kettlePrice = waiting.lines().get(kettleLine).unitPrice();
        List<Refusal> oneKettle = List.of(new Refusal(kettleLine, 1, RefusalReason.DAMAGED));

        PickupSettlement shown = desk.settle(number, code, oneKettle);
        desk.handOver(number, code, oneKettle);
        assertThrows(OrderActionRefusedException.class, () -> desk.handOver(number, code, oneKettle));

        CustomerOrder received = shop.orderNumbered(number);
        assertEquals(OrderStatus.RECEIVED, received.status());
        assertEquals(kettlePrice, shown.refund());
        assertEquals(kettlePrice, received.partialRefund());
        assertEquals(waiting.total().minus(kettlePrice), received.total());
        assertEquals(1, received.lines().get(kettleLine).refusedQuantity());
        assertEquals(operator, received.history().get(received.history().size() - 1).by());
        assertEquals(4, shop.stockOf(kettle));
        assertEquals(4, shop.stockOf(book));
        assertEquals(List.of(kettlePrice), shop.approvedRefunds(number.value()));
        String mail = shop.mails(MailKind.ORDER_RECEIVED, number.value()).get(0).textBody();
        assertTrue(mail.contains("2 из 3") && mail.contains(kettlePrice.format(Locale.forLanguageTag("ru"))), mail);
    }

    @Test
    void twoDesksAndTheStorageJobRacingForOneOrderEndWithOneOutcome() throws Exception {
        String kettle = shop.newProduct(5);
        String book = shop.newProduct(5);
        OrderNumber number = points.twoLineOrderAt("MSK-02", kettle, 2, book, PaymentMethod.CASH_ON_RECEIPT);
        points.bringToThePoint(number, shop.newOperator());
        CustomerOrder waiting = shop.orderNumbered(number);
        Instant after = waiting.storageDeadline().plusSeconds(1);
        points.operatorAt("MSK-02");
        int bookLine = lineOf(waiting, book);
        Callable<Boolean> firstDesk = callers.boundToCaller(() -> handedOver(number, waiting.pickupCode(),
                List.of(new Refusal(bookLine, 1, RefusalReason.DOES_NOT_FIT))));
        points.operatorAt("MSK-02");
        Callable<Boolean> secondDesk = callers.boundToCaller(() -> handedOver(number, waiting.pickupCode(), List.of()));
        Callable<Boolean> storageJob = () -> callers.asSystem(() -> operations.returnIfStorageEnded(number, after));

        int outcomes = 0;
        for (Future<Boolean> result : executor.invokeAll(List.of(firstDesk, secondDesk, firstDesk, storageJob))) {
            outcomes += result.get() ? 1 : 0;
        }

        assertEquals(1, outcomes);
        CustomerOrder ended = shop.orderNumbered(number);
        int kettlesBack = shop.stockOf(kettle) - 3;
        int booksBack = shop.stockOf(book) - 4;
        assertEquals(ended.status() == OrderStatus.RETURNED ? 2 : 0, kettlesBack);
        assertEquals(ended.status() == OrderStatus.RETURNED ? 1 : ended.lines().get(bookLine).refusedQuantity(),
                booksBack);
        assertEquals(1, shop.mails(ended.status() == OrderStatus.RETURNED ? MailKind.ORDER_RETURNED
                : MailKind.ORDER_RECEIVED, number.value()).size());
    }

    /** Checkout sorts an order's lines by SKU, so a test finds its product's line. */
    private static int lineOf(CustomerOrder order, String sku) {
        return order.lines().stream().map(OrderLine::sku).toList().indexOf(sku);
    }

    /** One desk's try: true if it handed the order over, false if another got there first. */
    private boolean handedOver(OrderNumber number, PickupCode code, List<Refusal> refusals) throws Exception {
        try {
            desk.handOver(number, code, refusals);
            return true;
        } catch (OrderActionRefusedException lost) {
            return false;
        }
    }
}
