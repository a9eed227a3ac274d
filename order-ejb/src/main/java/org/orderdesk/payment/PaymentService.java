package org.orderdesk.payment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import org.orderdesk.order.CustomerOrder;
import org.orderdesk.order.OrderQueries;
import org.orderdesk.order.OrderStatus;
import org.orderdesk.payment.PaymentGateway.PaymentResult;
import org.orderdesk.security.Roles;

/** Online payment of an order awaiting it; a declined card leaves the order waiting, ready for another try. */
@Stateless
@RolesAllowed(Roles.CUSTOMER)
public class PaymentService {

    @Inject
    private OrderQueries orders;

    @Inject
    private PaymentGateway gateway;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** True when approved. Only the order's owner can pay it, and only while it awaits payment. */
    public boolean pay(@NotBlank String orderNumber, @NotBlank @Pattern(regexp = "[0-9 -]{12,23}") String cardNumber) {
        String customerEmail = session.getCallerPrincipal().getName();
        CustomerOrder order = orders.ownedBy(orderNumber)
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
