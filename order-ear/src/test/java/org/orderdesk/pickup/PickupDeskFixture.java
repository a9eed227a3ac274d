package org.orderdesk.pickup;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.orderdesk.order.CartLine;
import org.orderdesk.order.CheckoutRequest;
import org.orderdesk.order.CheckoutService;
import org.orderdesk.order.OrderOperations;
import org.orderdesk.order.PaymentService;
import org.orderdesk.order.PickupDeskService;
import org.orderdesk.order.domain.DeliveryMethod;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.order.domain.PaymentMethod;
import org.orderdesk.payment.SandboxPaymentGateway;
import org.orderdesk.server.Callers;
import org.orderdesk.server.ShopFixture;

/** Operators at their desks and orders at pickup points, for the in-container tests of the desk. */
@Dependent
public class PickupDeskFixture {

    @Inject
    private ShopFixture shop;

    @Inject
    private Callers callers;

    @Inject
    private CheckoutService checkout;

    @Inject
    private OrderOperations operations;

    @Inject
    private PickupDeskService desk;

    @Inject
    private PaymentService payments;

    /**
     * A new operator, logged in, at their own desk at the point: wrong codes of one test never pause another's.
     */
    public String operatorAt(String pointCode) throws Exception {
        String operator = shop.newOperator();
        callers.logIn(operator);
        desk.serve(pointCode);
        return operator;
    }

    /** Placed by a new customer, who stays logged in. */
    public OrderNumber orderAt(String pointCode, String sku, int quantity) throws Exception {
        return orderAt(pointCode, sku, quantity, shop.newCustomer());
    }

    /** Placed by the customer, who stays logged in. */
    public OrderNumber orderAt(String pointCode, String sku, int quantity, String customer) throws Exception {
        callers.logIn(customer);
        return checkout.placeOrder(new CheckoutRequest(UUID.randomUUID().toString(),
                List.of(new CartLine(sku, quantity)), DeliveryMethod.PICKUP_POINT, null, pointCode,
                PaymentMethod.CASH_ON_RECEIPT));
    }

    /**
     * A kettle-and-book order: two lines, placed and (if online) paid by a new customer, who stays logged in.
     */
    public OrderNumber twoLineOrderAt(String pointCode, String firstSku, int firstQuantity, String secondSku,
                                 PaymentMethod payment) throws Exception {
        callers.logIn(shop.newCustomer());
        OrderNumber number = checkout.placeOrder(new CheckoutRequest(UUID.randomUUID().toString(),
                List.of(new CartLine(firstSku, firstQuantity), new CartLine(secondSku, 1)),
                DeliveryMethod.PICKUP_POINT, null, pointCode, payment));
        if (payment.isPaidOnline()) {
            payments.pay(number, SandboxPaymentGateway.APPROVED_CARD);
        }
        return number;
    }

    /** Moved there by the operator, who stays logged in. */
    public void bringToThePoint(OrderNumber number, String operator) throws Exception {
        callers.logIn(operator);
        for (OrderStatus next : List.of(OrderStatus.HANDED_TO_DELIVERY, OrderStatus.IN_TRANSIT,
                OrderStatus.AWAITING_PICKUP)) {
            operations.moveTo(number, next, null);
        }
    }
}
