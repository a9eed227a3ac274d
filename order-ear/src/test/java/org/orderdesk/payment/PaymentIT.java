package org.orderdesk.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.mail.domain.OutboxMail;
import org.orderdesk.order.CartLine;
import org.orderdesk.order.CheckoutRefusedException;
import org.orderdesk.order.CheckoutRequest;
import org.orderdesk.order.CheckoutService;
import org.orderdesk.order.CustomerOrderActions;
import org.orderdesk.order.OrderActionRefusedException;
import org.orderdesk.order.OrderDeadlines;
import org.orderdesk.order.OrderOperations;
import org.orderdesk.order.PaymentService;
import org.orderdesk.order.domain.CancelReason;
import org.orderdesk.order.domain.CancellationReason;
import org.orderdesk.order.domain.CustomerOrder;
import org.orderdesk.order.domain.DeliveryMethod;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.order.domain.PaymentMethod;
import org.orderdesk.order.domain.PaymentState;
import org.orderdesk.payment.PaymentRefusedException.Reason;
import org.orderdesk.payment.domain.SandboxOperation;
import org.orderdesk.payment.domain.SandboxOperation.Kind;
import org.orderdesk.server.Callers;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.ShopFixture;

/**
 * Paying online on the real server, raced the way customers and the shop's own jobs race it: many "Pay" clicks at
 * once, pay against cancel, pay against the unpaid-order expiry, the expiry on two instances at once. Money is
 * counted in the sandbox gateway's own ledger, stock in the catalogue.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentIT {

    private static final String CARD = SandboxPaymentGateway.APPROVED_CARD;
    private static final int UNITS = 2;
    private static final int STOCK = 10;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    private CheckoutService checkout;

    @Inject
    private PaymentService payments;

    @Inject
    private PaymentGateway gateway;

    @Inject
    private CustomerOrderActions actions;

    @Inject
    private OrderOperations operations;

    @Inject
    private OrderDeadlines deadlines;

    @Inject
    private ShopFixture shop;

    @Inject
    private Callers callers;

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @Resource
    private ManagedExecutorService executor;

    /** A customer's order waiting for its online payment, for UNITS of a product of its own. */
    private record Unpaid(String sku, OrderNumber number) {
    }

    /** Places the order as a new customer, who stays logged in: the test then pays and cancels as them. */
    private Unpaid unpaidOrder() throws Exception {
        String sku = shop.newProduct(STOCK);
        callers.logIn(shop.newCustomer());
        return new Unpaid(sku, checkout.placeOrder(onlineOrder(sku, UNITS)));
    }

    private static CheckoutRequest onlineOrder(String sku, int quantity) {
        return new CheckoutRequest(UUID.randomUUID().toString(), List.of(new CartLine(sku, quantity)),
                DeliveryMethod.PICKUP_POINT, null, "MSK-01", PaymentMethod.ONLINE_CARD);
    }

    @Test
    void tenPaysAtOnceChargeTheCardOnceAndTheOthersAreToldItIsPaid() throws Exception {
        Unpaid order = unpaidOrder();

        List<Object> outcomes = all(10, () -> payments.pay(order.number(), CARD));

        assertEquals(1, outcomes.stream().filter(Boolean.TRUE::equals).count(), outcomes.toString());
        assertEquals(9, outcomes.stream().filter(Reason.ALREADY_PAID::equals).count(), outcomes.toString());
        assertEquals(1, approved(order.number().value(), Kind.CHARGE));
        CustomerOrder paid = shop.orderNumbered(order.number());
        assertEquals(PaymentState.PAID, paid.paymentState());
        assertEquals(OrderStatus.ASSEMBLING, paid.status());
    }

    @Test
    void aRetryAfterTheGatewaysAnswerWasLostIsAnsweredFromItsLedgerNotChargedAgain() throws Exception {
        Unpaid order = unpaidOrder();
        CustomerOrder waiting = shop.orderNumbered(order.number());
        // The gateway charged, then the shop's transaction died before it recorded the payment.
        assertTrue(gateway.charge(waiting.paymentKey(), order.number().value(), waiting.total(), CARD).approved());

        assertTrue(payments.pay(order.number(), CARD));

        assertEquals(1, approved(order.number().value(), Kind.CHARGE));
        assertEquals(PaymentState.PAID, shop.orderNumbered(order.number()).paymentState());
    }

    @Test
    void aDeclinedCardCanBeRetriedWithAnotherAsANewCharge() throws Exception {
        Unpaid order = unpaidOrder();

        assertEquals(false, payments.pay(order.number(), SandboxPaymentGateway.DECLINED_CARD));
        assertTrue(payments.pay(order.number(), CARD));

        assertEquals(1, approved(order.number().value(), Kind.CHARGE));
        assertEquals(2, ledger(order.number().value()).size());
    }

    @Test
    void cancellingAPaidOrderRefundsItOnceAndTheMailSaysSo() throws Exception {
        Unpaid order = unpaidOrder();
        payments.pay(order.number(), CARD);

        actions.cancel(order.number(), CancellationReason.picked(CancelReason.CHANGED_MIND, null));

        CustomerOrder cancelled = shop.orderNumbered(order.number());
        assertEquals(PaymentState.REFUNDED, cancelled.paymentState());
        assertEquals(1, approved(order.number().value(), Kind.REFUND));
        List<OutboxMail> mails = shop.mails(MailKind.ORDER_CANCELLED, order.number().value());
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).textBody().contains("возвращены"), mails.get(0).textBody());
        assertEquals(STOCK, shop.stockOf(order.sku()));
        assertRefused(Reason.NO_LONGER_PAYABLE, () -> payments.pay(order.number(), CARD));
    }

    @Test
    void payRacingCancelEndsCancelledWithNoMoneyKeptAndTheStockBack() throws Exception {
        for (int round = 0; round < 5; round++) {
            Unpaid order = unpaidOrder();

            all(List.of(() -> payments.pay(order.number(), CARD),
                    () -> cancel(order)));

            CustomerOrder after = shop.orderNumbered(order.number());
            assertEquals(OrderStatus.CANCELLED, after.status());
            assertEquals(approved(order.number().value(), Kind.CHARGE), approved(order.number().value(), Kind.REFUND),
                    "whatever was charged was given back");
            assertEquals(STOCK, shop.stockOf(order.sku()));
            assertEquals(1, shop.mails(MailKind.ORDER_CANCELLED, order.number().value()).size());
        }
    }

    @Test
    void payRacingTheExpiryHasExactlyOneOutcome() throws Exception {
        for (int round = 0; round < 5; round++) {
            Unpaid order = unpaidOrder();
            Instant overdue = Instant.now().plus(Duration.ofHours(1));

            all(List.of(() -> payments.pay(order.number(), CARD),
                    () -> callers.asSystem(() -> operations.cancelIfUnpaid(order.number(), overdue))));

            CustomerOrder after = shop.orderNumbered(order.number());
            long charges = approved(order.number().value(), Kind.CHARGE);
            if (after.status() == OrderStatus.CANCELLED) {
                assertEquals(0, charges, "an expired order is never charged");
                assertEquals(STOCK, shop.stockOf(order.sku()));
            } else {
                assertEquals(OrderStatus.ASSEMBLING, after.status());
                assertEquals(1, charges);
                assertEquals(STOCK - UNITS, shop.stockOf(order.sku()));
            }
        }
    }

    @Test
    void theExpiryOnTwoInstancesAtOnceCancelsEachUnpaidOrderOnceAndReturnsItsStockOnce() throws Exception {
        List<Unpaid> orders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            orders.add(unpaidOrder());
        }
        Instant overdue = Instant.now().plus(Duration.ofHours(1));

        all(2, () -> callers.asSystem(() -> deadlines.cancelUnpaid(overdue)));

        for (Unpaid order : orders) {
            CustomerOrder cancelled = shop.orderNumbered(order.number());
            assertEquals(OrderStatus.CANCELLED, cancelled.status());
            assertEquals(CancelReason.NOT_PAID, cancelled.cancellationReason().code());
            assertEquals(1, cancelled.history().stream().filter(c -> c.to() == OrderStatus.CANCELLED).count());
            assertEquals(STOCK, shop.stockOf(order.sku()));
            assertEquals(1, shop.mails(MailKind.ORDER_CANCELLED, order.number().value()).size());
        }
    }

    @Test
    void anOperatorCannotSendAnUnpaidOnlineOrderToAssembly() throws Exception {
        Unpaid order = unpaidOrder();

        callers.logIn(shop.newOperator());

        OrderActionRefusedException refused = assertThrows(OrderActionRefusedException.class,
                () -> operations.moveTo(order.number(), OrderStatus.ASSEMBLING, null));

        assertEquals(OrderActionRefusedException.Reason.NOT_ALLOWED_NOW, refused.reason());
        assertEquals(OrderStatus.AWAITING_PAYMENT, shop.orderNumbered(order.number()).status());
        assertEquals(0, approved(order.number().value(), Kind.CHARGE));
    }

    @Test
    void aCustomerHoldsOnlyThreeUnpaidOrdersAndOneOrderOnlyTenOfAProduct() throws Exception {
        String sku = shop.newProduct(100);
        callers.logIn(shop.newCustomer());
        for (int i = 0; i < 3; i++) {
            checkout.placeOrder(onlineOrder(sku, 1));
        }

        CheckoutRefusedException fourth = refusedCheckout(() -> checkout.placeOrder(onlineOrder(sku, 1)));
        CheckoutRefusedException eleven = refusedCheckout(() -> checkout.placeOrder(ShopFixture.pickupOrder(sku, 11)));

        assertEquals(CheckoutRefusedException.Reason.TOO_MANY_UNPAID, fourth.reason());
        assertEquals(CheckoutRefusedException.Reason.TOO_MANY_UNITS, eleven.reason());
        assertEquals(97, shop.stockOf(sku));
        checkout.placeOrder(ShopFixture.pickupOrder(sku, 1));
    }

    private Object cancel(Unpaid order) throws Exception {
        actions.cancel(order.number(), CancellationReason.picked(CancelReason.CHANGED_MIND, null));
        return "cancelled";
    }

    private static CheckoutRefusedException refusedCheckout(Callable<OrderNumber> placing) throws Exception {
        try {
            placing.call();
        } catch (CheckoutRefusedException refused) {
            return refused;
        }
        throw new AssertionError("The checkout was not refused");
    }

    private static void assertRefused(Reason reason, Callable<?> paying) throws Exception {
        try {
            paying.call();
        } catch (PaymentRefusedException refused) {
            assertEquals(reason, refused.reason());
            return;
        }
        throw new AssertionError("The payment was not refused");
    }

    private List<Object> all(int times, Callable<?> task) throws Exception {
        List<Callable<?>> tasks = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            tasks.add(task);
        }
        return all(tasks);
    }

    /**
     * Starts the tasks together and returns each one's result, or the reason of a payment refusal. Any other
     * failure (a 500 for the user) fails the test.
     */
    private List<Object> all(List<Callable<?>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (Callable<?> task : tasks) {
            Callable<?> asCaller = callers.boundToCaller(task);
            futures.add(executor.submit(() -> {
                start.await();
                return asCaller.call();
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<?> future : futures) {
            try {
                outcomes.add(future.get());
            } catch (ExecutionException failed) {
                if (!(failed.getCause() instanceof PaymentRefusedException refused)) {
                    throw new AssertionError("A racer failed", failed.getCause());
                }
                outcomes.add(refused.reason());
            }
        }
        return outcomes;
    }

    private long approved(String orderNumber, Kind kind) throws Exception {
        return ledger(orderNumber).stream().filter(op -> op.kind() == kind && op.isApproved()).count();
    }

    private List<SandboxOperation> ledger(String orderNumber) throws Exception {
        transaction.begin();
        try {
            return em.createQuery("select p from SandboxOperation p where p.orderNumber = :order",
                    SandboxOperation.class).setParameter("order", orderNumber).getResultList();
        } finally {
            transaction.commit();
        }
    }
}
