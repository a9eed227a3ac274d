package org.orderdesk.pickup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.mail.MailKind;
import org.orderdesk.order.CartLine;
import org.orderdesk.order.CheckoutRequest;
import org.orderdesk.order.CheckoutService;
import org.orderdesk.order.CustomerOrder;
import org.orderdesk.order.DeliveryMethod;
import org.orderdesk.order.OrderActionRefusedException;
import org.orderdesk.order.OrderOperations;
import org.orderdesk.order.OrderStatus;
import org.orderdesk.order.PaymentMethod;
import org.orderdesk.order.PaymentState;
import org.orderdesk.order.OrderDeadlines;
import org.orderdesk.pickup.DeskLookup.Outcome;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.ShopFixture;

/** The pickup desk and the storage-expiry job on the real server and database. */
@ExtendWith(ArquillianExtension.class)
class PickupOperationsIT {

    private static final String OPERATOR = "operator@orderdesk.test";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(PickupOperationsIT.class, ShopFixture.class);
    }

    @Inject
    private ShopFixture shop;

    @Inject
    private CheckoutService checkout;

    @Inject
    private OrderOperations operations;

    @Inject
    private PickupDeskService desk;

    @Inject
    private OrderDeadlines expiry;

    @Resource
    private ManagedExecutorService executor;

    /** A new desk for each test: wrong codes of one test never pause another's. */
    private static String newOperator() {
        return "desk-" + UUID.randomUUID() + "@orderdesk.test";
    }

    private String orderAt(String pointCode, String sku, int quantity) throws Exception {
        return checkout.placeOrder(shop.newCustomer(), new CheckoutRequest(UUID.randomUUID().toString(),
                List.of(new CartLine(sku, quantity)), DeliveryMethod.PICKUP_POINT, null, pointCode,
                PaymentMethod.CASH_ON_RECEIPT));
    }

    private void bringToThePoint(String number) throws Exception {
        for (OrderStatus next : List.of(OrderStatus.HANDED_TO_DELIVERY, OrderStatus.IN_TRANSIT,
                OrderStatus.AWAITING_PICKUP)) {
            operations.moveTo(number, next, OPERATOR, null);
        }
    }

    @Test
    void theRightCodeFindsTheOrderWaitingHereAndHandsItOverAgainstPayment() throws Exception {
        String operator = newOperator();
        desk.serve(operator, "MSK-01");
        String number = orderAt("MSK-01", shop.newProduct(5), 2);
        bringToThePoint(number);
        String code = shop.orderNumbered(number).pickupCode();

        DeskLookup lookup = desk.lookUp(operator, " " + code + " ");

        assertEquals(Outcome.FOUND, lookup.outcome());
        assertEquals(number, lookup.orders().get(0).number());
        assertEquals(2, lookup.orders().get(0).items().get(0).quantity());
        desk.handOver(operator, number, code);
        CustomerOrder received = shop.orderNumbered(number);
        assertEquals(OrderStatus.RECEIVED, received.status());
        assertEquals(PaymentState.PAID, received.paymentState());
        assertEquals(operator, received.history().get(received.history().size() - 1).by());
        assertEquals(1, shop.mails(MailKind.ORDER_RECEIVED, number).size());
        assertThrows(OrderActionRefusedException.class, () -> desk.handOver(operator, number, code));
    }

    @Test
    void aCodeOfAnotherPointOrOfAnOrderStillOnItsWayShowsNoOrder() throws Exception {
        String operator = newOperator();
        desk.serve(operator, "MSK-01");
        String sku = shop.newProduct(5);
        String elsewhere = orderAt("SPB-01", sku, 1);
        bringToThePoint(elsewhere);
        String onItsWay = orderAt("MSK-01", sku, 1);

        DeskLookup other = desk.lookUp(operator, shop.orderNumbered(elsewhere).pickupCode());
        DeskLookup early = desk.lookUp(operator, shop.orderNumbered(onItsWay).pickupCode());

        assertEquals(Outcome.AT_ANOTHER_POINT, other.outcome());
        assertEquals(Outcome.NOT_YET_ARRIVED, early.outcome());
        assertEquals(List.of(), other.orders());
        assertEquals(List.of(), early.orders());
        assertThrows(OrderActionRefusedException.class,
                () -> desk.handOver(operator, elsewhere, shop.orderNumbered(elsewhere).pickupCode()));
    }

    @Test
    void fiveWrongCodesInARowPauseTheDeskEvenForTheRightCode() throws Exception {
        String operator = newOperator();
        desk.serve(operator, "MSK-01");
        String number = orderAt("MSK-01", shop.newProduct(5), 1);
        bringToThePoint(number);

        for (int i = 0; i < 4; i++) {
            assertEquals(Outcome.NO_SUCH_CODE, desk.lookUp(operator, "0000000" + i).outcome());
        }
        DeskLookup fifth = desk.lookUp(operator, "not a code");
        DeskLookup right = desk.lookUp(operator, shop.orderNumbered(number).pickupCode());

        assertEquals(Outcome.PAUSED, fifth.outcome());
        assertEquals(Outcome.PAUSED, right.outcome());
        assertEquals(OrderStatus.AWAITING_PICKUP, shop.orderNumbered(number).status());
    }

    @Test
    void ordersNobodyCollectedGoBackOnceWithTheirStockAndAMail() throws Exception {
        String sku = shop.newProduct(5);
        String number = orderAt("MSK-02", sku, 2);
        bringToThePoint(number);
        Instant deadline = shop.orderNumbered(number).storageDeadline();

        expiry.returnExpired(deadline.minus(Duration.ofMinutes(1)));
        assertEquals(OrderStatus.AWAITING_PICKUP, shop.orderNumbered(number).status());
        expiry.returnExpired(deadline.plusSeconds(1));
        expiry.returnExpired(deadline.plusSeconds(2));

        CustomerOrder returned = shop.orderNumbered(number);
        assertEquals(OrderStatus.RETURNED, returned.status());
        assertEquals(OrderOperations.STORAGE_EXPIRY, returned.history().get(returned.history().size() - 1).by());
        assertEquals(5, shop.stockOf(sku));
        assertEquals(1, shop.mails(MailKind.ORDER_RETURNED, number).size());
    }

    @Test
    void twoInstancesReturningTheSameOrderAtOnceReturnItOnce() throws Exception {
        String sku = shop.newProduct(5);
        String number = orderAt("MSK-03", sku, 1);
        bringToThePoint(number);
        Instant after = shop.orderNumbered(number).storageDeadline().plusSeconds(1);
        Callable<Boolean> instance = () -> operations.returnIfStorageEnded(number, after);

        int returned = 0;
        for (Future<Boolean> result : executor.invokeAll(List.of(instance, instance, instance))) {
            returned += result.get() ? 1 : 0;
        }

        assertEquals(1, returned);
        assertEquals(5, shop.stockOf(sku));
        assertEquals(1, shop.mails(MailKind.ORDER_RETURNED, number).size());
    }
}
