package org.orderdesk.security;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.orderdesk.customer.CustomerDirectory;
import org.orderdesk.customer.CustomerService;
import org.orderdesk.mail.MailLog;
import org.orderdesk.mail.OutboxClaims;
import org.orderdesk.mail.SmtpClient;
import org.orderdesk.order.CheckoutService;
import org.orderdesk.order.CustomerOrderActions;
import org.orderdesk.order.OrderCriteria;
import org.orderdesk.order.OrderDeadlines;
import org.orderdesk.order.OrderOperations;
import org.orderdesk.order.OrderQueries;
import org.orderdesk.order.OrderSearch;
import org.orderdesk.order.OrderStatistics;
import org.orderdesk.order.PaymentService;
import org.orderdesk.order.PickupDeskService;
import org.orderdesk.order.domain.CancelReason;
import org.orderdesk.order.domain.CancellationReason;
import org.orderdesk.order.domain.CustomerOrder;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.server.Callers;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.ShopFixture;
import org.orderdesk.support.CustomerSupport;
import org.orderdesk.support.SupportDesk;
import org.orderdesk.support.domain.SupportTopic;

/**
 * The container, not the pages, decides who may call a service: real identities (logged in through the
 * application's own mechanism) call the EJBs directly, as any new client could, and are refused by role.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceRolesIT {

    private static final OrderNumber ORDER = new OrderNumber("10000001-0001");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    private Callers callers;

    @Inject
    private ShopFixture shop;

    @Inject
    private OrderOperations operations;

    @Inject
    private OrderSearch search;

    @Inject
    private OrderStatistics statistics;

    @Inject
    private PickupDeskService desk;

    @Inject
    private SupportDesk supportDesk;

    @Inject
    private MailLog mailLog;

    @Inject
    private CustomerDirectory directory;

    @Inject
    private CustomerService customers;

    @Inject
    private OrderDeadlines deadlines;

    @Inject
    private OutboxClaims claims;

    @Inject
    private SmtpClient smtp;

    @Inject
    private CheckoutService checkout;

    @Inject
    private OrderQueries queries;

    @Inject
    private CustomerOrderActions actions;

    @Inject
    private PaymentService payments;

    @Inject
    private CustomerSupport support;

    @Inject
    private AccountService accounts;

    @Inject
    private AccountSessions sessions;

    @Inject
    private SecondFactorResets secondFactorResets;

    @Inject
    private OperatorSecurityKeys securityKeys;

    @Test
    void aCustomerIsRefusedByEveryOperatorService() throws Exception {
        callers.logIn(shop.newCustomer());

        assertAllRefused(operatorServices());
    }

    /** ASVS 4.3.1: the password alone gives an operator no rights; the second factor does. */
    @Test
    void anOperatorWhoGaveOnlyThePasswordIsRefusedByEveryOperatorService() throws Exception {
        String operator = shop.newOperator();
        callers.logInWithPasswordOnly(operator);

        assertAllRefused(operatorServices());
        callers.logIn(operator);
        assertDoesNotThrow(statistics::countsByStatus);
    }

    private Executable[] operatorServices() {
        return new Executable[] {
                () -> operations.moveTo(ORDER, OrderStatus.CANCELLED, "a customer's try"),
                () -> search.find(new OrderCriteria("", null, null, null, null, ZoneOffset.UTC), 1),
                () -> search.order(ORDER),
                statistics::countsByStatus,
                desk::pointOf,
                () -> desk.serve("MSK-01"),
                () -> supportDesk.queue(1),
                () -> supportDesk.take(1),
                () -> mailLog.list(null, 1),
                () -> mailLog.resend(1L),
                () -> directory.search("", 1),
                () -> directory.unlock("customer@orderdesk.local"),
                secondFactorResets::operators,
                () -> secondFactorResets.reset("operator@orderdesk.local", "000000"),
                securityKeys::mine,
                securityKeys::registration,
                () -> securityKeys.remove(1, "000000"),
                customers::count};
    }

    @Test
    void peopleAreRefusedByWhatOnlyTheJobsDo() throws Exception {
        Instant longAfter = Instant.now().plus(Duration.ofDays(365));
        Executable[] jobs = {
            () -> deadlines.returnExpired(longAfter),
            () -> deadlines.cancelUnpaid(longAfter),
            () -> operations.returnIfStorageEnded(ORDER, longAfter),
            () -> operations.cancelIfUnpaid(ORDER, longAfter),
            () -> claims.claimDue(longAfter, Duration.ofMinutes(1), 10),
            sessions::forgetTimedOut,
            smtp::connect
        };

        callers.logIn(shop.newOperator());
        assertAllRefused(jobs);
        callers.logIn(shop.newCustomer());
        assertAllRefused(jobs);
    }

    @Test
    void anAnonymousVisitorIsRefusedByEveryCustomerService() {
        assertAllRefused(
                () -> checkout.placeOrder(ShopFixture.pickupOrder("IT-NONE", 1)),
                checkout::lastPickupPoint,
                queries::tabs,
                () -> queries.ownedBy(ORDER),
                () -> actions.cancel(ORDER, CancellationReason.picked(CancelReason.CHANGED_MIND, null)),
                () -> actions.extendStorage(ORDER),
                () -> payments.pay(ORDER, "4242 4242 4242 4242"),
                () -> support.open(SupportTopic.OTHER, null, "hello"),
                () -> support.list(1),
                customers::profile,
                () -> customers.keepCart(Map.of()),
                () -> accounts.changePassword("x", "a new long password", "key"),
                () -> sessions.mine("key"),
                () -> sessions.end(1, "x", "key"),
                () -> sessions.endAllOthers("x", "key"));
    }

    @Test
    void anOperatorIsRefusedByTheCustomersOwnServices() throws Exception {
        callers.logIn(shop.newOperator());

        assertAllRefused(
                () -> checkout.placeOrder(ShopFixture.pickupOrder("IT-NONE", 1)),
                queries::tabs,
                () -> actions.cancel(ORDER, CancellationReason.picked(CancelReason.CHANGED_MIND, null)),
                () -> support.list(1),
                () -> sessions.mine("key"));
    }

    @Test
    void aCustomerActsOnTheirOwnOrderAsThemselves() throws Exception {
        String anna = shop.newCustomer();
        String sku = shop.newProduct(5);
        callers.logIn(anna);
        OrderNumber number = checkout.placeOrder(ShopFixture.pickupOrder(sku, 2));

        actions.cancel(number, CancellationReason.picked(CancelReason.CHANGED_MIND, null));

        CustomerOrder order = shop.orderNumbered(number);
        assertEquals(OrderStatus.CANCELLED, order.status());
        assertEquals(anna, order.history().get(order.history().size() - 1).by());
        assertEquals(5, shop.stockOf(sku));
        assertTrue(queries.ownedBy(number).isPresent());
        callers.logIn(shop.newCustomer());
        assertTrue(queries.ownedBy(number).isEmpty(), "another customer does not see it");
    }

    private static void assertAllRefused(Executable... calls) {
        assertAll(Arrays.stream(calls).map(call -> () -> assertThrows(EJBAccessException.class, call)));
    }
}
