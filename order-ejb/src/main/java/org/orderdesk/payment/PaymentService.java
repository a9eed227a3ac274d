package org.orderdesk.payment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import org.orderdesk.order.CustomerOrder;
import org.orderdesk.order.OrderQueries;
import org.orderdesk.order.OrderStatus;
import org.orderdesk.payment.PaymentGateway.PaymentResult;

/** Online payment of an order awaiting it; a declined card leaves the order waiting, ready for another try. */
@Stateless
public class PaymentService {

    @Inject
    private OrderQueries orders;

    @Inject
    private PaymentGateway gateway;

    @Inject
    private Clock clock;

    /** True when approved. Only the order's owner can pay it, and only while it awaits payment. */
    public boolean pay(@NotBlank String customerEmail, @NotBlank String orderNumber,
                       @NotBlank @Pattern(regexp = "[0-9 -]{12,23}") String cardNumber) {
        CustomerOrder order = orders.ownedBy(customerEmail, orderNumber)
                .filter(o -> o.status() == OrderStatus.AWAITING_PAYMENT)
                .orElseThrow(() -> new IllegalStateException("No order " + orderNumber + " awaiting payment"));
        PaymentResult result = gateway.charge(order.number(), order.total(), cardNumber);
        if (result.approved()) {
            order.recordPayment(result.lastDigits(), customerEmail, clock.instant());
        } else {
            order.recordDeclinedPayment(result.lastDigits());
        }
        return result.approved();
    }

    public boolean isSandbox() {
        return gateway.isSandbox();
    }
}
