package org.orderdesk.order;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.orderdesk.order.domain.CustomerOrder;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.order.domain.PaymentState;
import org.orderdesk.payment.PaymentGateway;
import org.orderdesk.payment.PaymentGateway.PaymentResult;
import org.orderdesk.payment.PaymentRefusedException;
import org.orderdesk.payment.PaymentRefusedException.Reason;
import org.orderdesk.security.domain.Roles;

/**
 * Online payment of an order awaiting it; a declined card leaves the order waiting, ready for another try. The
 * order's row is locked before the card is charged, so that two "Pay" clicks, tabs or retries at once are taken one
 * after the other: the second finds the order paid and is refused without reaching the gateway.
 */
@Stateless
@RolesAllowed(Roles.CUSTOMER)
public class PaymentService {

    @Inject
    private OrderRepository orders;

    @Inject
    private PaymentGateway gateway;

    @Inject
    private StatusChangeFollowUp followUp;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** True when approved. Only the order's owner can pay it, and only while it awaits payment. */
    public boolean pay(@NotNull OrderNumber orderNumber, @NotBlank @Pattern(regexp = "[0-9 -]{12,23}") String cardNumber)
            throws PaymentRefusedException {
        String customerEmail = session.getCallerPrincipal().getName();
        CustomerOrder order = orders.findByNumberForUpdate(orderNumber)
                .filter(o -> o.customer().account().email().equalsIgnoreCase(customerEmail))
                .orElseThrow(() -> new PaymentRefusedException(Reason.NOT_FOUND, orderNumber.value()));
        Instant now = clock.instant();
        requirePayable(order, now);
        PaymentResult result = gateway.charge(order.paymentKey(), order.number().value(), order.total(), cardNumber);
        if (result.approved()) {
            order.recordPayment(result.lastDigits(), customerEmail.toLowerCase(Locale.ROOT), now, followUp);
        } else {
            order.recordDeclinedPayment(result.lastDigits());
        }
        return result.approved();
    }

    public boolean isSandbox() {
        return gateway.isSandbox();
    }

    /** An order past its time to pay is not charged even if the job has not cancelled it yet. */
    private static void requirePayable(CustomerOrder order, Instant now) throws PaymentRefusedException {
        if (order.paymentState() == PaymentState.PAID) {
            throw new PaymentRefusedException(Reason.ALREADY_PAID, order.number().value());
        }
        if (order.status() != OrderStatus.AWAITING_PAYMENT || order.isPaymentOverdue(now)) {
            throw new PaymentRefusedException(Reason.NO_LONGER_PAYABLE, order.number().value());
        }
    }
}
