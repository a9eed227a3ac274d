package org.orderdesk.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
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
import org.orderdesk.catalog.Category;
import org.orderdesk.catalog.Product;
import org.orderdesk.catalog.ProductPicture;
import org.orderdesk.mail.MailKind;
import org.orderdesk.order.CheckoutRefusedException.Reason;
import org.orderdesk.security.AccountService;
import org.orderdesk.security.Registration;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.Mailbox;
import org.orderdesk.shared.LocalizedText;
import org.orderdesk.shared.Money;

/** Placing orders on the real server and database: numbering, idempotency, no oversell, all or nothing. */
@ExtendWith(ArquillianExtension.class)
class CheckoutServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(CheckoutServiceIT.class, Mailbox.class);
    }

    @Inject
    private CheckoutService checkout;

    @Inject
    private AccountService accounts;

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @Resource
    private ManagedExecutorService executor;

    @Test
    void anOrderGetsItsNumberAndPickupCodeTakesStockAndQueuesItsMail() throws Exception {
        String email = newCustomer();
        String sku = newProduct(10);

        String number = checkout.placeOrder(email, pickupOrder(UUID.randomUUID().toString(), sku, 3));

        assertTrue(number.matches("\\d{8}-0001"), number);
        CustomerOrder order = orderNumbered(number);
        assertTrue(order.pickupCode().matches("\\d{8}"), order.pickupCode());
        assertEquals(OrderStatus.ASSEMBLING, order.status());
        assertEquals(7, stockOf(sku));
        assertEquals(1L, confirmationMails(number));
    }

    @Test
    void exactlyOneConfirmationMailArrivesWithNumberCodeReadableQrCodeAndLink() throws Exception {
        String email = newCustomer();
        String number = checkout.placeOrder(email, pickupOrder(UUID.randomUUID().toString(), newProduct(5), 1));
        String code = orderNumbered(number).pickupCode();

        MimeMessage mail = Mailbox.awaitFirst(email);

        assertTrue(mail.getSubject().contains(number), mail.getSubject());
        String text = Mailbox.part(mail, "text/plain");
        String html = Mailbox.part(mail, "text/html");
        for (String part : new String[] {text, html}) {
            assertTrue(part.contains(number) && part.contains(code), part);
        }
        assertTrue(text.contains("/shop/confirmation?order=" + number), text);
        assertTrue(html.contains("src=\"cid:pickup-qr\""), html);
        assertEquals(code, decodeInlineQr(mail));
        assertEquals(1, Mailbox.messagesOf(email).size());
    }

    private static String decodeInlineQr(MimeMessage mail) throws Exception {
        MimeMultipart related = (MimeMultipart) mail.getContent();
        BodyPart image = related.getBodyPart("<pickup-qr>");
        BufferedImage qr = ImageIO.read(image.getInputStream());
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(qr)))).getText();
    }

    @Test
    void theSameTokenTwiceGivesTheSameSingleOrder() throws Exception {
        String email = newCustomer();
        String sku = newProduct(10);
        CheckoutRequest request = pickupOrder(UUID.randomUUID().toString(), sku, 2);

        String first = checkout.placeOrder(email, request);
        String second = checkout.placeOrder(email, request);

        assertEquals(first, second);
        assertEquals(8, stockOf(sku));
        assertEquals(1L, em.createQuery("select count(o) from CustomerOrder o where o.checkoutToken = :t", Long.class)
                .setParameter("t", request.token()).getSingleResult());
    }

    @Test
    void twentyCustomersRacingForTheLastFiveUnitsMakeExactlyFiveOrders() throws Exception {
        String sku = newProduct(5);
        List<Callable<String>> buyers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String email = newCustomer();
            buyers.add(() -> checkout.placeOrder(email, pickupOrder(UUID.randomUUID().toString(), sku, 1)));
        }

        int placed = 0;
        int refused = 0;
        for (Future<String> result : executor.invokeAll(buyers)) {
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
        assertEquals(0, stockOf(sku));
    }

    @Test
    void aFailureBeforeCommitLeavesNoOrderNoStockChangeAndNoMail() throws Exception {
        String email = newCustomer();
        String sku = newProduct(4);
        String token = UUID.randomUUID().toString();

        transaction.begin();
        String number = checkout.placeOrder(email, pickupOrder(token, sku, 4));
        transaction.rollback();

        assertTrue(em.createQuery("select o from CustomerOrder o where o.checkoutToken = :t")
                .setParameter("t", token).getResultList().isEmpty());
        assertEquals(4, stockOf(sku));
        assertEquals(0L, confirmationMails(number));
    }

    @Test
    void askingForMoreThanIsLeftIsRefusedWithWhatIsLeft() throws Exception {
        String email = newCustomer();
        String sku = newProduct(2);

        CheckoutRefusedException refusal = org.junit.jupiter.api.Assertions.assertThrows(
                CheckoutRefusedException.class, () -> checkout.placeOrder(email, pickupOrder("t-" + sku, sku, 3)));

        assertEquals(Reason.OUT_OF_STOCK, refusal.reason());
        assertEquals(2, refusal.available());
        assertEquals(2, stockOf(sku));
    }

    private String newCustomer() throws Exception {
        String email = "it-" + UUID.randomUUID() + "@orderdesk.test";
        accounts.register(new Registration(email, "Buyer", null, "a long enough password", "ru"));
        return email;
    }

    private String newProduct(int stock) throws Exception {
        String sku = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        transaction.begin();
        LocalizedText name = new LocalizedText("Тестовый товар", "Test product");
        Product product = new Product(sku, testShelf(), name, name, Money.rubles("100.00"), stock);
        em.persist(product);
        em.persist(new ProductPicture(product, "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)));
        transaction.commit();
        return sku;
    }

    /** A shelf of its own, last in the menu, so that test products are whole products but stay out of the way. */
    private Category testShelf() {
        return em.createQuery("select c from Category c where c.code = 'it-tests'", Category.class)
                .getResultStream().findFirst().orElseGet(() -> {
                    Category shelf = new Category("it-tests", new LocalizedText("Тесты", "Tests"), 99);
                    em.persist(shelf);
                    return shelf;
                });
    }

    private static CheckoutRequest pickupOrder(String token, String sku, int quantity) {
        return new CheckoutRequest(token, List.of(new CartLine(sku, quantity)), DeliveryMethod.PICKUP_POINT, null,
                "MSK-01", PaymentMethod.CASH_ON_RECEIPT);
    }

    private int stockOf(String sku) {
        em.clear();
        return em.createQuery("select p from Product p where p.sku = :sku", Product.class)
                .setParameter("sku", sku).getSingleResult().stock();
    }

    private CustomerOrder orderNumbered(String number) {
        return em.createQuery("select o from CustomerOrder o where o.number = :n", CustomerOrder.class)
                .setParameter("n", number).getSingleResult();
    }

    private long confirmationMails(String number) {
        return em.createQuery("select count(m) from OutboxMail m where m.kind = :kind and m.eventKey = :number",
                        Long.class)
                .setParameter("kind", MailKind.ORDER_CONFIRMATION).setParameter("number", number)
                .getSingleResult();
    }
}
