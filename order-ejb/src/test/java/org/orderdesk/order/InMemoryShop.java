package org.orderdesk.order;

import static org.orderdesk.platform.Wiring.wire;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.orderdesk.catalog.InMemoryProductRepository;
import org.orderdesk.catalog.domain.Category;
import org.orderdesk.catalog.domain.Product;
import org.orderdesk.catalog.domain.ProductPicture;
import org.orderdesk.customer.InMemoryCustomerRepository;
import org.orderdesk.customer.domain.Customer;
import org.orderdesk.mail.InMemoryOutbox;
import org.orderdesk.mail.MailTemplates;
import org.orderdesk.mail.PublicLinks;
import org.orderdesk.order.domain.CustomerOrder;
import org.orderdesk.order.domain.DeliveryMethod;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.PaymentMethod;
import org.orderdesk.payment.FakePaymentGateway;
import org.orderdesk.pickup.InMemoryPickupCodeTries;
import org.orderdesk.pickup.InMemoryPickupDeskRepository;
import org.orderdesk.pickup.InMemoryPickupPointRepository;
import org.orderdesk.pickup.PickupCodeGuard;
import org.orderdesk.pickup.domain.PickupPoint;
import org.orderdesk.platform.FakeSession;
import org.orderdesk.platform.SettableClock;
import org.orderdesk.security.InMemoryEmailVerificationRepository;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.Role;
import org.orderdesk.shared.LocalizedText;
import org.orderdesk.shared.Money;

/**
 * The order feature's services as the container wires them, on in-memory ports: a kettle (1000, five in stock)
 * and a book (450.50, two), two pickup points, two customers and a desk operator. Each test makes its own; the
 * web module's tests drive its pages with it too.
 */
public class InMemoryShop {

    public static final String ANNA = "anna@example.com";
    public static final String BORIS = "boris@example.com";
    public static final String OPERATOR = "desk@orderdesk.example";
    public static final String KETTLE = "KIT-001";
    public static final String BOOK = "BOO-001";
    public static final String CENTRE = "MSK-01";
    public static final String NORTH = "MSK-02";

    public final SettableClock clock = new SettableClock(Instant.parse("2026-12-01T09:00:00Z"));
    public final FakeSession customer = FakeSession.of(ANNA);
    public final FakeSession operator = FakeSession.of(OPERATOR);

    public final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    public final InMemoryProductRepository products = new InMemoryProductRepository();
    public final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    public final InMemoryPickupPointRepository points = new InMemoryPickupPointRepository();
    public final InMemoryPickupDeskRepository desks = new InMemoryPickupDeskRepository();
    public final InMemoryPickupCodeTries tries = new InMemoryPickupCodeTries();
    public final InMemoryEmailVerificationRepository verifications = new InMemoryEmailVerificationRepository();
    public final InMemoryOutbox outbox = new InMemoryOutbox();
    public final FakePaymentGateway gateway = new FakePaymentGateway();
    public final OrderLimits limits = new OrderLimits(Duration.ofMinutes(30), 3, 10);

    public final StatusChangeFollowUp followUp;
    public final CheckoutService checkout;
    public final PickupDeskService desk;
    public final OrderQueries queries;

    public final Customer anna = new Customer(new Account(ANNA, "Anna", "hash", Role.CUSTOMER), null, "en");
    private int kettleOrders;

    public final Customer boris = new Customer(new Account(BORIS, "Boris", "hash", Role.CUSTOMER), null, "ru");

    public InMemoryShop() {
        Category kitchen = new Category("KITCHEN", text("Кухня", "Kitchen"), 1);
        addProduct(new Product(BOOK, kitchen, text("Книга", "Book"), text("Описание", "Description"), Money.rubles("450.50"), 2));
        addProduct(new Product(KETTLE, kitchen, text("Чайник", "Kettle"), text("Описание", "Description"), Money.rubles("1000.00"), 5));
        points.add(point(CENTRE, "Центр", "Centre"));
        points.add(point(NORTH, "Север", "North"));
        customers.add(anna);
        customers.add(boris);

        MailTemplates templates = new MailTemplates();
        PublicLinks links = wire(new PublicLinks(), "https://shop.example");
        OrderStatusMail statusMail = wire(new OrderStatusMail(), templates, outbox, links);
        followUp = wire(new StatusChangeFollowUp(), products, orders, gateway, statusMail, clock);
        checkout = wire(new CheckoutService(), customers, products, points, orders, verifications, clock,
                wire(new OrderConfirmationMail(), templates, outbox, links),
                limits, customer.context());
        desk = wire(new PickupDeskService(), desks, points, orders, followUp, clock, operator.context(),
                wire(new PickupCodeGuard(), tries, clock));
        queries = wire(new OrderQueries(), orders, customers, clock, customer.context());
    }

    private void addProduct(Product product) {
        products.add(product, new ProductPicture(product, "image/png", new byte[0]));
    }

    private static PickupPoint point(String code, String ru, String en) {
        return new PickupPoint(code, text("Москва", "Moscow"), text(ru, en), text("ул. 1", "1 St"),
                text("9–21", "9–21"));
    }

    private static LocalizedText text(String ru, String en) {
        return new LocalizedText(ru, en);
    }

    public static CheckoutRequest atPoint(String token, String pointCode, PaymentMethod payment, CartLine... lines) {
        return new CheckoutRequest(token, List.of(lines), DeliveryMethod.PICKUP_POINT, null, pointCode, payment);
    }

    /** An order the customer places at the centre point, paid in cash there. */
    public OrderNumber place(String customerEmail, String token, CartLine... lines) throws CheckoutRefusedException {
        customer.actAs(customerEmail);
        return checkout.placeOrder(atPoint(token, CENTRE, PaymentMethod.CASH_ON_RECEIPT, lines));
    }

    /** Orders of one kettle each, placed one after the other by the customer: their numbers, oldest first. */
    public List<OrderNumber> kettleOrders(String customerEmail, int count) throws CheckoutRefusedException {
        List<OrderNumber> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(place(customerEmail, "kettle-" + ++kettleOrders, new CartLine(KETTLE, 1)));
        }
        return numbers;
    }

    /** Anna's two kettles and a book wait at the centre point, to be paid in cash there: the order's number. */
    public OrderNumber waitingAtCentre() throws CheckoutRefusedException {
        OrderNumber number = place(ANNA, "waiting", new CartLine(KETTLE, 2), new CartLine(BOOK, 1));
        bringToPoint(number);
        return number;
    }

    public CustomerOrder order(OrderNumber number) {
        return orders.findByNumber(number).orElseThrow();
    }

    public int stock(String sku) {
        return products.findBySku(sku).orElseThrow().stock();
    }

    /** Carries the order to its pickup point, where it waits for its customer. */
    public void bringToPoint(OrderNumber number) {
        CustomerOrder order = order(number);
        order.handToDelivery(OPERATOR, clock.instant(), followUp);
        order.startTransit(OPERATOR, clock.instant(), followUp);
        order.arriveAtPickupPoint(OPERATOR, clock.instant(), followUp);
    }
}
