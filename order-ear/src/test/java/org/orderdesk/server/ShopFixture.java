package org.orderdesk.server;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.orderdesk.catalog.domain.Category;
import org.orderdesk.catalog.domain.Product;
import org.orderdesk.catalog.domain.ProductPicture;
import org.orderdesk.customer.CustomerRepository;
import org.orderdesk.customer.Registration;
import org.orderdesk.customer.RegistrationService;
import org.orderdesk.customer.domain.Customer;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.mail.domain.OutboxMail;
import org.orderdesk.order.CartLine;
import org.orderdesk.order.CheckoutRequest;
import org.orderdesk.order.domain.CustomerOrder;
import org.orderdesk.order.domain.DeliveryMethod;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.PaymentMethod;
import org.orderdesk.payment.domain.SandboxOperation;
import org.orderdesk.security.PasswordHasher;
import org.orderdesk.security.SecondFactorKeys;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.EmailVerification;
import org.orderdesk.security.domain.OneTimeCodes;
import org.orderdesk.security.domain.Role;
import org.orderdesk.shared.LocalizedText;
import org.orderdesk.shared.Money;

/**
 * In-container tests' way to set the shop up and look into it: fresh customers, operators and products of their own
 * (so that tests never depend on each other's data), and the database's view of orders, stock and queued mail.
 * Every account has PASSWORD, so that Callers can log it in.
 */
@Dependent
public class ShopFixture {

    public static final String PASSWORD = "a long enough password";

    @Inject
    private RegistrationService registrations;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private CustomerRepository customers;

    @Inject
    private SecondFactorKeys secondFactorKeys;

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    /**
     * A customer registered through the registration service, whose address is verified (may place orders): in
     * the registration's own transaction, the fixture does what opening the link does and withdraws the mail that
     * carried it, so that no test counting a customer's mails ever sees it. (The HTTP and browser tests open the
     * real link.)
     */
    public String newCustomer() throws Exception {
        return newCustomer("Buyer", "ru");
    }

    /**
     * A customer as newCustomer makes it, under the given name, who prefers the language (ru or en). One at a time:
     * two tests' customers made at once (AccessibilityBrowserIT walks both languages in parallel) deadlocked in
     * Derby, each withdrawal of the verification mail scanning the outbox and waiting for the other's uncommitted
     * mail row.
     */
    public String newCustomer(String displayName, String language) throws Exception {
        synchronized (ShopFixture.class) {
            return newCustomerAlone(displayName, language);
        }
    }

    private String newCustomerAlone(String displayName, String language) throws Exception {
        String email = "it-" + UUID.randomUUID() + "@orderdesk.test";
        transaction.begin();
        registrations.register(new Registration(email, displayName, null, PASSWORD, language), null);
        em.createQuery("select v from EmailVerification v where v.account.email = :email", EmailVerification.class)
                .setParameter("email", email).getResultList().forEach(em::remove);
        em.createQuery("delete from OutboxMail m where m.recipient = :email and m.kind = :kind")
                .setParameter("email", email).setParameter("kind", MailKind.EMAIL_VERIFICATION).executeUpdate();
        transaction.commit();
        return email;
    }

    /** The address's verification link, mailed already, as if a day had passed since. */
    public void expireVerificationLinkOf(String email) throws Exception {
        transaction.begin();
        em.createQuery("select v from EmailVerification v where v.account.email = :email", EmailVerification.class)
                .setParameter("email", email).getResultList().forEach(verification -> em.createQuery(
                        "update EmailVerification v set v.expiresAt = :past where v.id = :id")
                        .setParameter("past", Instant.now().minus(EmailVerification.LIFETIME))
                        .setParameter("id", verification.id()).executeUpdate());
        transaction.commit();
    }

    /**
     * Customers as newCustomer makes them, for a test about what many customers do at once, not about their
     * registrations (CheckoutServiceIT's race): the first is registered through the registration service, the
     * others are stored beside it with a copy of its stored password hash (PASSWORD, so Callers logs each in as
     * it would). Each registration hashes the password anew: about 0.3 s of PBKDF2 each on the test machine.
     */
    public List<String> newCustomers(int count) throws Exception {
        String first = newCustomer();
        List<String> emails = new ArrayList<>(List.of(first));
        transaction.begin();
        String passwordHash = em.createQuery("select a.passwordHash from Account a where a.email = :email", String.class)
                .setParameter("email", first).getSingleResult();
        for (int i = 1; i < count; i++) {
            String email = "it-" + UUID.randomUUID() + "@orderdesk.test";
            Account account = new Account(email, "Buyer", passwordHash, Role.CUSTOMER);
            em.persist(account);
            customers.add(new Customer(account, null, "ru"));
            emails.add(email);
        }
        transaction.commit();
        return emails;
    }

    public String customerNumberOf(String email) throws Exception {
        return read(() -> em.createQuery("select c from Customer c where c.account.email = :email", Customer.class)
                .setParameter("email", email).getSingleResult().number().toString());
    }

    /**
     * Operators never register: like the seeded first one, a new one is stored directly. It has its second factor
     * already (OperatorCodes knows the secret), enrolled with the code of the step before now, so that the next
     * two logins need not wait for a fresh step.
     */
    public String newOperator() throws Exception {
        return newEnrolledOperator().email();
    }

    /** A new operator as newOperator makes it, with what a test outside the server needs to make its codes. */
    public EnrolledOperator newEnrolledOperator() throws Exception {
        String email = newOperatorWithoutSecondFactor();
        String secret = OneTimeCodes.newSecret();
        Instant now = Instant.now();
        long step = OneTimeCodes.stepAt(now) - 1;
        transaction.begin();
        Account operator = em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", email).getSingleResult();
        if (!operator.enrolSecondFactor(secret, OneTimeCodes.code(secret, step), now, List.of(),
                secondFactorKeys.key())) {
            throw new IllegalStateException("The code of the step before now must enrol");
        }
        transaction.commit();
        OperatorCodes.enrolled(email, secret, step);
        return new EnrolledOperator(email, secret, step);
    }

    /** An operator's e-mail, the secret of its second factor, and the time step whose code it has used. */
    public record EnrolledOperator(String email, String secret, long usedStep) {
    }

    /** What the account's row holds for its one-time-code secret. */
    public String storedSecondFactorSecretOf(String email) throws Exception {
        return read(() -> em.createQuery("select a.oneTimeCodeSecret from Account a where a.email = :email",
                String.class).setParameter("email", email).getSingleResult());
    }

    /** An operator as the seeded one is before its first login: with a password only. */
    public String newOperatorWithoutSecondFactor() throws Exception {
        String email = "it-operator-" + UUID.randomUUID() + "@orderdesk.test";
        transaction.begin();
        em.persist(new Account(email, "Operator", hasher.hash(PASSWORD.toCharArray()), Role.OPERATOR));
        transaction.commit();
        return email;
    }

    public String newProduct(int stock) throws Exception {
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

    public static CheckoutRequest pickupOrder(String sku, int quantity) {
        return pickupOrder(sku, quantity, PaymentMethod.CASH_ON_RECEIPT);
    }

    /** As pickupOrder, paid the given way. */
    public static CheckoutRequest pickupOrder(String sku, int quantity, PaymentMethod payment) {
        return new CheckoutRequest(UUID.randomUUID().toString(), List.of(new CartLine(sku, quantity)),
                DeliveryMethod.PICKUP_POINT, null, "MSK-01", payment);
    }

    public static CheckoutRequest pickupOrder(String token, String sku, int quantity) {
        return new CheckoutRequest(token, List.of(new CartLine(sku, quantity)), DeliveryMethod.PICKUP_POINT, null,
                "MSK-01", PaymentMethod.CASH_ON_RECEIPT);
    }

    public int stockOf(String sku) throws Exception {
        return read(() -> em.createQuery("select p from Product p where p.sku = :sku", Product.class)
                .setParameter("sku", sku).getSingleResult().stock());
    }

    /** The order as stored now, with its lines and history read. */
    public CustomerOrder orderNumbered(OrderNumber number) throws Exception {
        return read(() -> {
            CustomerOrder order = em.createQuery("select o from CustomerOrder o where o.number = :n",
                    CustomerOrder.class).setParameter("n", number).getSingleResult();
            order.history().size();
            order.lines().size();
            return order;
        });
    }

    public List<OutboxMail> mails(MailKind kind, String eventKey) throws Exception {
        return read(() -> em.createQuery("select m from OutboxMail m where m.kind = :kind and m.eventKey = :key",
                        OutboxMail.class)
                .setParameter("kind", kind).setParameter("key", eventKey)
                .getResultList());
    }

    /**
     * Leaves a queued mail as a sender that claimed it and then died would: leased until the given moment and
     * never sent. Meant for the transaction that queues the mail, so that no running sender can claim it first.
     */
    public void leaseAsADeadSenderWould(MailKind kind, String eventKey, Instant until) {
        em.flush();
        em.createQuery("update OutboxMail m set m.leaseUntil = :until where m.kind = :kind and m.eventKey = :key")
                .setParameter("until", until).setParameter("kind", kind).setParameter("key", eventKey)
                .executeUpdate();
    }

    /** The amounts the sandbox gateway gave back for the order. */
    public List<Money> approvedRefunds(String orderNumber) throws Exception {
        return read(() -> em.createQuery("""
                        select p from SandboxOperation p
                        where p.orderNumber = :order and p.kind = :kind and p.approved = true""", SandboxOperation.class)
                .setParameter("order", orderNumber).setParameter("kind", SandboxOperation.Kind.REFUND)
                .getResultStream().map(SandboxOperation::amount).toList());
    }

    public List<OutboxMail> mailsTo(String recipient) throws Exception {
        return read(() -> em.createQuery("select m from OutboxMail m where m.recipient = :recipient", OutboxMail.class)
                .setParameter("recipient", recipient)
                .getResultList());
    }

    /** Reads in a transaction of its own, so that what other transactions committed is seen fresh. */
    private <T> T read(Callable<T> query) throws Exception {
        transaction.begin();
        try {
            return query.call();
        } finally {
            transaction.commit();
        }
    }
}
