package org.orderdesk.order;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.orderdesk.catalog.ProductRepository;
import org.orderdesk.catalog.domain.InsufficientStockException;
import org.orderdesk.catalog.domain.Product;
import org.orderdesk.customer.CustomerRepository;
import org.orderdesk.customer.domain.Customer;
import org.orderdesk.order.CheckoutRefusedException.Reason;
import org.orderdesk.order.domain.CustomerOrder;
import org.orderdesk.order.domain.DeliveryMethod;
import org.orderdesk.order.domain.OrderLine;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.PickupCode;
import org.orderdesk.pickup.PickupPointRepository;
import org.orderdesk.pickup.domain.PickupPoint;
import org.orderdesk.security.EmailVerificationRepository;
import org.orderdesk.security.domain.Roles;

/**
 * Places an order in one transaction, for a customer whose e-mail address is verified (the order's mails are
 * the shop's promise): re-price the cart from the catalog, reserve stock, number the order, give
 * it a pickup code, store it with its history and queue its confirmation mail. Either all of it happens or none.
 */
@Stateless
@RolesAllowed(Roles.CUSTOMER)
public class CheckoutService {

    private static final Logger LOG = Logger.getLogger(CheckoutService.class.getName());

    @Inject
    private CustomerRepository customers;

    @Inject
    private ProductRepository products;

    @Inject
    private PickupPointRepository pickupPoints;

    @Inject
    private OrderRepository orders;

    @Inject
    private OrderConfirmationMail confirmationMail;

    @Inject
    private OrderLimits limits;

    @Inject
    private EmailVerificationRepository verifications;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** Returns the order's number; placing again with the same token returns the same number. */
    public OrderNumber placeOrder(@NotNull @Valid CheckoutRequest request) throws CheckoutRefusedException {
        String customerEmail = session.getCallerPrincipal().getName();
        // The customer's row is locked first: concurrent submits of one checkout wait here, then find the order.
        Customer customer = customers.findByEmailForUpdate(customerEmail).orElseThrow();
        Optional<CustomerOrder> placed = orders.findByCheckoutToken(request.token());
        if (placed.isPresent()) {
            return sameCustomersOrder(placed.get(), customer).number();
        }
        if (verifications.isPending(customer.account())) {
            throw new CheckoutRefusedException(Reason.EMAIL_NOT_VERIFIED);
        }
        requireWithinLimits(request, customer);
        CustomerOrder.Builder order = CustomerOrder.builder()
                .checkoutToken(request.token())
                .customer(customer, customerEmail)
                .payment(request.paymentMethod())
                .placedAt(clock.instant())
                .paymentWindow(limits.paymentWindow());
        reserveStock(request.lines(), order);
        chooseDelivery(request, order, customer);
        CustomerOrder built = order.number(nextNumber(customer)).pickupCode(unusedPickupCode()).build();
        orders.add(built);
        confirmationMail.queueFor(built, customer);
        // FINE, not INFO: one synchronous log line per order was a measurable share of checkout under load.
        LOG.fine(() -> "Placed order " + built.number());
        return built.number();
    }

    /** The pickup point the customer chose last time, which the checkout offers first. */
    public Optional<String> lastPickupPoint() {
        return customers.findByEmail(session.getCallerPrincipal().getName())
                .flatMap(Customer::lastPickupPointCode);
    }

    /** Checked under the customer's lock, so parallel checkouts cannot each find room for one more unpaid order. */
    private void requireWithinLimits(CheckoutRequest request, Customer customer) throws CheckoutRefusedException {
        for (CartLine line : request.lines()) {
            if (line.quantity() > limits.maxUnitsPerLine()) {
                throw new CheckoutRefusedException(Reason.TOO_MANY_UNITS, line.sku(), limits.maxUnitsPerLine());
            }
        }
        if (request.paymentMethod().isPaidOnline()
                && orders.countAwaitingPayment(customer.number()) >= limits.maxUnpaidOrders()) {
            throw new CheckoutRefusedException(Reason.TOO_MANY_UNPAID, null, limits.maxUnpaidOrders());
        }
    }

    private static CustomerOrder sameCustomersOrder(CustomerOrder order, Customer customer) {
        if (!order.customer().number().equals(customer.number())) {
            throw new IllegalStateException("A checkout token was reused by another customer");
        }
        return order;
    }

    /** Locks products in SKU order, so that two orders for the same products can never deadlock. */
    private void reserveStock(List<CartLine> lines, CustomerOrder.Builder order) throws CheckoutRefusedException {
        List<CartLine> bySku = lines.stream().sorted(Comparator.comparing(CartLine::sku)).toList();
        for (CartLine line : bySku) {
            Product product = products.findBySkuForUpdate(line.sku())
                    .orElseThrow(() -> new CheckoutRefusedException(Reason.PRODUCT_GONE, line.sku(), 0));
            try {
                product.reserve(line.quantity());
            } catch (InsufficientStockException soldOut) {
                throw new CheckoutRefusedException(Reason.OUT_OF_STOCK, line.sku(), soldOut.available());
            }
            order.line(new OrderLine(product.sku(), product.name(), product.price(), line.quantity()));
        }
    }

    private void chooseDelivery(CheckoutRequest request, CustomerOrder.Builder order, Customer customer)
            throws CheckoutRefusedException {
        if (request.deliveryMethod() == DeliveryMethod.COURIER) {
            if (request.address() == null) {
                throw new CheckoutRefusedException(Reason.NO_DELIVERY_ADDRESS);
            }
            order.courierTo(request.address());
        } else {
            PickupPoint point = Optional.ofNullable(request.pickupPointCode()).flatMap(pickupPoints::findByCode)
                    .orElseThrow(() -> new CheckoutRefusedException(Reason.UNKNOWN_PICKUP_POINT));
            order.pickupAt(point);
            customer.orderedToPickupPoint(point.code());
        }
    }

    private static OrderNumber nextNumber(Customer customer) throws CheckoutRefusedException {
        int sequence = customer.nextOrderSequence();
        if (sequence > OrderNumber.MAX_SEQUENCE) {
            throw new CheckoutRefusedException(Reason.TOO_MANY_ORDERS);
        }
        return OrderNumber.of(customer.number(), sequence);
    }

    private PickupCode unusedPickupCode() {
        PickupCode code;
        do {
            code = PickupCode.random();
        } while (orders.isPickupCodeInUse(code));
        return code;
    }
}
