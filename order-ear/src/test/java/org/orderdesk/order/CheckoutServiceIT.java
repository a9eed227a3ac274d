package org.orderdesk.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.catalog.domain.Product;
import org.orderdesk.customer.domain.Customer;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.order.CheckoutRefusedException.Reason;
import org.orderdesk.order.domain.CancelReason;
import org.orderdesk.order.domain.CancellationReason;
import org.orderdesk.order.domain.CustomerOrder;
import org.orderdesk.order.domain.OrderLine;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.order.domain.PaymentMethod;
import org.orderdesk.order.domain.PickupCode;
import org.orderdesk.pickup.domain.PickupPoint;
import org.orderdesk.server.Callers;
import org.orderdesk.server.CodeScanner;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.Mailbox;
import org.orderdesk.server.ShopFixture;

/** Placing orders on the real server and database: numbering, idempotency, no oversell, all or nothing. */
@ExtendWith(ArquillianExtension.class)
class CheckoutServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    private CheckoutService checkout;

    @Inject
    private ShopFixture shop;

    @Inject
    private OrderRepository orders;

    @Inject
    private CustomerOrderActions actions;

    @Inject
    private Callers callers;

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @Resource
    private ManagedExecutorService executor;

    @Test
    void anOrderGetsItsNumberAndPickupCodeTakesStockAndQueuesItsMail() throws Exception {
        callers.logIn(shop.newCustomer());
        String sku = shop.newProduct(10);

        OrderNumber number = checkout.placeOrder(ShopFixture.pickupOrder(UUID.randomUUID().toString(), sku, 3));

        assertTrue(number.value().endsWith("-0001"), number.value());
        CustomerOrder order = shop.orderNumbered(number);
        assertEquals(PickupCode.LENGTH, order.pickupCode().value().length());
        assertEquals(OrderStatus.ASSEMBLING, order.status());
        assertEquals(7, shop.stockOf(sku));
        assertEquals(1L, confirmationMails(number));
    }

    @Test
    void exactlyOneConfirmationMailArrivesWithNumberCodeReadableQrCodeAndLink() throws Exception {
        String email = shop.newCustomer();
        callers.logIn(email);
        OrderNumber number = checkout.placeOrder(ShopFixture.pickupOrder(shop.newProduct(5), 1));
        PickupCode code = shop.orderNumbered(number).pickupCode();

        MimeMessage mail = Mailbox.awaitFirst(email);

        assertTrue(mail.getSubject().contains(number.value()), mail.getSubject());
        String text = Mailbox.part(mail, "text/plain");
        String html = Mailbox.part(mail, "text/html");
        for (String part : new String[] {text, html}) {
            assertTrue(part.contains(number.value()) && part.contains(code.value()), part);
        }
        assertTrue(text.contains("/account/order?number=" + number), text);
        assertTrue(html.contains("src=\"cid:pickup-qr\""), html);
        assertEquals(code.value(), decodeInlineQr(mail));
        assertEquals(1, Mailbox.messagesOf(email).size());
    }

    private static String decodeInlineQr(MimeMessage mail) throws Exception {
        MimeMultipart related = (MimeMultipart) mail.getContent();
        BodyPart image = related.getBodyPart("<pickup-qr>");
        return CodeScanner.read(ImageIO.read(image.getInputStream()), BarcodeFormat.QR_CODE);
    }

    @Test
    void theSameTokenTwiceGivesTheSameSingleOrder() throws Exception {
        callers.logIn(shop.newCustomer());
        String sku = shop.newProduct(10);
        CheckoutRequest request = ShopFixture.pickupOrder(UUID.randomUUID().toString(), sku, 2);

        OrderNumber first = checkout.placeOrder(request);
        OrderNumber second = checkout.placeOrder(request);

        assertEquals(first, second);
        assertEquals(8, shop.stockOf(sku));
        assertEquals(1L, em.createQuery("select count(o) from CustomerOrder o where o.checkoutToken = :t", Long.class)
                .setParameter("t", request.token()).getSingleResult());
    }

    @Test
    void twentyCustomersRacingForTheLastFiveUnitsMakeExactlyFiveOrders() throws Exception {
        String sku = shop.newProduct(5);
        List<String> buyers = shop.newCustomers(20);
        List<Callable<OrderNumber>> orders = new ArrayList<>();
        for (String buyer : buyers) {
            callers.logIn(buyer);
            orders.add(callers.boundToCaller(
                    () -> checkout.placeOrder(ShopFixture.pickupOrder(UUID.randomUUID().toString(), sku, 1))));
        }

        int placed = 0;
        int refused = 0;
        for (Future<OrderNumber> result : executor.invokeAll(orders)) {

            try {
                result.get();
                placed++;
            } catch (ExecutionException e) {
                CheckoutRefusedException refusal = (CheckoutRefusedException) e.getCause();
                assertEquals(Reason.OUT_OF_STOCK, refusal.reason());
                assertEquals(0, refusal.available());
                refused++;
            }
        }

        assertEquals(5, placed);
        assertEquals(15, refused);
        assertEquals(0, shop.stockOf(sku));
    }

    /**
     * The database, not only checkout's look-up before it, keeps a pickup code to one active order: an order
     * stored with a code an active order holds (as when two instances draw the same code at the same moment, each
     * having found it free) is refused, and the code is free again once the holding order is completed.
     */
    @Test
    void anActiveOrdersPickupCodeIsRefusedToAnotherOrderUntilTheFirstEnds() throws Exception {
        String email = shop.newCustomer();
        callers.logIn(email);
        String sku = shop.newProduct(5);
        OrderNumber first = checkout.placeOrder(ShopFixture.pickupOrder(sku, 1));
        PickupCode code = shop.orderNumbered(first).pickupCode();

        transaction.begin();
        try {
            assertThrows(PickupCodeTakenException.class, () -> orders.add(orderWithCode(email, sku, code)));
        } finally {
            transaction.rollback();
        }
        assertEquals(List.of(first), ordersWithCode(code));

        actions.cancel(first, CancellationReason.picked(CancelReason.CHANGED_MIND, null));
        transaction.begin();
        orders.add(orderWithCode(email, sku, code));
        transaction.commit();
        assertEquals(2, ordersWithCode(code).size(), "the code of a cancelled order may be drawn again");
    }

    /** An order as checkout builds it, but with the given pickup code instead of a fresh one. */
    private CustomerOrder orderWithCode(String email, String sku, PickupCode code) {
        Customer customer = em.createQuery("select c from Customer c where c.account.email = :email", Customer.class)
                .setParameter("email", email).getSingleResult();
        Product product = em.createQuery("select p from Product p where p.sku = :sku", Product.class)
                .setParameter("sku", sku).getSingleResult();
        return CustomerOrder.builder()
                .checkoutToken(UUID.randomUUID().toString())
                .customer(customer, email)
                .payment(PaymentMethod.CASH_ON_RECEIPT)
                .placedAt(Instant.now())
                .paymentWindow(Duration.ofMinutes(30))
                .line(new OrderLine(sku, product.name(), product.price(), 1))
                .pickupAt(em.createQuery("select p from PickupPoint p where p.code = 'MSK-01'", PickupPoint.class)
                        .getSingleResult())
                .number(OrderNumber.of(customer.number(), OrderNumber.MAX_SEQUENCE))
                .pickupCode(code)
                .build();
    }

    private List<OrderNumber> ordersWithCode(PickupCode code) {
        return em.createQuery("select o.number from CustomerOrder o where o.pickupCode = :code", OrderNumber.class)
                .setParameter("code", code).getResultList();
    }

    @Test
    void aFailureBeforeCommitLeavesNoOrderNoStockChangeAndNoMail() throws Exception {
        callers.logIn(shop.newCustomer());
        String sku = shop.newProduct(4);
        String token = UUID.randomUUID().toString();

        transaction.begin();
        OrderNumber number = checkout.placeOrder(ShopFixture.pickupOrder(token, sku, 4));
        transaction.rollback();

        assertTrue(em.createQuery("select o from CustomerOrder o where o.checkoutToken = :t")
                .setParameter("t", token).getResultList().isEmpty());
        assertEquals(4, shop.stockOf(sku));
        assertEquals(0L, confirmationMails(number));
    }

    @Test
    void askingForMoreThanIsLeftIsRefusedWithWhatIsLeft() throws Exception {
        callers.logIn(shop.newCustomer());
        String sku = shop.newProduct(2);

        CheckoutRefusedException refusal = org.junit.jupiter.api.Assertions.assertThrows(
                CheckoutRefusedException.class,
                () -> checkout.placeOrder(ShopFixture.pickupOrder("t-" + sku, sku, 3)));

        assertEquals(Reason.OUT_OF_STOCK, refusal.reason());
        assertEquals(2, refusal.available());
        assertEquals(2, shop.stockOf(sku));
    }

    private long confirmationMails(OrderNumber number) throws Exception {
        return shop.mails(MailKind.ORDER_CONFIRMATION, number.value()).size();
    }
}
