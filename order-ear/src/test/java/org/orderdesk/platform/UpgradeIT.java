package org.orderdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.catalog.ProductRepository;
import org.orderdesk.customer.domain.CustomerNumber;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.order.CheckoutService;
import org.orderdesk.order.OrderDeadlines;
import org.orderdesk.order.OrderQueries;
import org.orderdesk.order.OrderSummary;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.pickup.PickupPointRepository;
import org.orderdesk.security.AccountRepository;
import org.orderdesk.security.LoginService;
import org.orderdesk.security.domain.PepperedPasswordHash;
import org.orderdesk.seed.StartupSeeding;
import org.orderdesk.server.Callers;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.Mailbox;
import org.orderdesk.server.ShopFixture;
import org.orderdesk.support.CustomerSupport;
import org.orderdesk.support.TicketRow;
import org.orderdesk.support.domain.TicketStatus;

/**
 * The server started on a database the last release before migrations made (release-634a05a-derby.sql, loaded by
 * the build before the server starts; failsafe execution "upgrade"): its customers, orders, mail and tickets are
 * all there and everything works on them. The run has demo data switched off, as production has.
 */
@ExtendWith(ArquillianExtension.class)
class UpgradeIT {

    private static final String ANNA = "anna@release.test";
    private static final String ANNAS_PASSWORD = "release-anna-2026";
    private static final String BOB = "bob@release.test";
    private static final String CLIENT = "127.0.0.1";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    private LoginService login;

    @Inject
    private Callers callers;

    @Inject
    private OrderQueries orders;

    @Inject
    private CheckoutService checkout;

    @Inject
    private CustomerSupport support;

    @Inject
    private ShopFixture shop;

    @Inject
    private StartupSeeding seeding;

    @Inject
    private OrderDeadlines deadlines;

    @Inject
    private AccountRepository accounts;

    @Inject
    private ProductRepository products;

    @Inject
    private PickupPointRepository pickupPoints;

    @Resource
    private ManagedExecutorService executor;

    @Test
    void customersOfTheReleaseLogInWithTheirPasswords() {
        assertTrue(login.authenticate(ANNA, ANNAS_PASSWORD.toCharArray(), CLIENT).isPresent());
        assertTrue(login.authenticate(BOB, "release-bob-2026".toCharArray(), CLIENT).isPresent());
    }

    /** ASVS 2.4.5: the release stored plain PBKDF2 hashes; the first start peppers every one (PasswordHasher). */
    @Test
    void theReleasesPasswordHashesArePepperedByTheFirstStart() {
        assertTrue(accounts.passwordHashesWithout(PepperedPasswordHash.MARK + ":").isEmpty());
        assertTrue(PepperedPasswordHash.isPeppered(accounts.findByEmail(ANNA).orElseThrow().passwordHash()));
    }

    @Test
    void myOrdersListsEveryOrderOfTheRelease() throws Exception {
        callers.logIn(ANNA, ANNAS_PASSWORD);
        List<OrderNumber> listed = Stream.concat(orders.list(false, 1).items().stream(),
                orders.list(true, 1).items().stream()).map(OrderSummary::number).toList();

        List<OrderNumber> release = IntStream.rangeClosed(1, 11).mapToObj(sequence -> OrderNumber.of(new CustomerNumber(10_000_001L), sequence))
                .toList();
        assertTrue(listed.containsAll(release), listed::toString);
        assertEquals(OrderStatus.AWAITING_PICKUP, shopOrder(new OrderNumber("10000001-0007")));
        assertEquals(2, shop.orderNumbered(new OrderNumber("10000001-0010")).history().size());
    }

    /**
     * The release stored no payment deadlines; the migration gave its unpaid order one, long past, so the
     * deadline job cancels it. The job is run here as its timer runs it (as the system), not waited for: the
     * timer fires once a minute, which cost this test up to a minute.
     */
    @Test
    void theReleasesUnpaidOrderExpires() throws Exception {
        callers.asSystem(() -> deadlines.cancelUnpaid(Instant.now()));

        assertEquals(OrderStatus.CANCELLED, shopOrder(new OrderNumber("10000001-0002")));
        callers.logIn(ANNA, ANNAS_PASSWORD);
        assertEquals(5, orders.tabs().completed());
    }

    @Test
    void aCustomerOfTheReleaseOrdersAgainAndGetsTheMail() throws Exception {
        String product = shop.newProduct(5);
        callers.logIn(ANNA, ANNAS_PASSWORD);
        OrderNumber number = checkout.placeOrder(ShopFixture.pickupOrder(product, 1));

        assertEquals(new OrderNumber("10000001-0012"), number);
        Mailbox.awaitSubject(ANNA, number.value());
        assertEquals(1, shop.mails(MailKind.ORDER_CONFIRMATION, number.value()).size());
    }

    @Test
    void mailTheReleaseHadNotSentYetGoesOut() {
        Mailbox.awaitSubject(BOB, "queued before the upgrade");
    }

    @Test
    void ticketsOfTheReleaseAreKept() {
        callers.logIn(ANNA, ANNAS_PASSWORD);
        TicketRow ticket = support.list(1).items().get(0);

        assertEquals(new OrderNumber("10000001-0007"), ticket.orderNumber());
        assertEquals(TicketStatus.WAITING_FOR_CUSTOMER, ticket.status());
    }

    private OrderStatus shopOrder(OrderNumber number) throws Exception {
        return shop.orderNumbered(number).status();
    }

    @Test
    void withDemoDataOffTheShopGetsItsSetUpButNoDemo() {
        assertTrue(accounts.findByEmail("customer@orderdesk.local").isEmpty());
        assertTrue(products.findBySku("ELE-002").isEmpty());
        assertTrue(pickupPoints.findByCode("SPB-01").isPresent());
        assertTrue(accounts.findByEmail("operator@orderdesk.local").isPresent());
    }

    /** What instances starting at once on one database do: they seed in turn and the later ones add nothing. */
    @Test
    void seedingsAtTheSameTimeTakeTurnsAndAddNothingTwice() throws Exception {
        // Read in a transaction of its own (SystemIdentity is an EJB): the repository's entity manager needs one.
        int points = callers.asSystem(() -> pickupPoints.findAll().size());
        Callable<Void> start = () -> callers.asSystem(() -> {
            seeding.seed();
            return null;
        });

        for (Future<Void> seeded : executor.invokeAll(Collections.nCopies(3, start))) {
            seeded.get();
        }
        assertEquals(points, callers.asSystem(() -> pickupPoints.findAll().size()));
    }
}
