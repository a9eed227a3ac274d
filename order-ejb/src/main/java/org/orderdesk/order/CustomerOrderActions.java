package org.orderdesk.order;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Logger;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.order.OrderActionRefusedException.Reason;
import org.orderdesk.order.domain.CancellationReason;
import org.orderdesk.order.domain.CustomerOrder;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.security.domain.Roles;

/**
 * What a customer may do with their own order: cancel it before it is handed over to delivery, and extend its
 * storage at the pickup point once. Both are checked here, whatever the page offered.
 */
@Stateless
@RolesAllowed(Roles.CUSTOMER)
public class CustomerOrderActions {

    private static final Logger LOG = Logger.getLogger(CustomerOrderActions.class.getName());

    @Inject
    private OrderRepository orders;

    @Inject
    private StatusChangeFollowUp followUp;

    @Inject
    private OrderStatusMail statusMail;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    public void cancel(@NotNull OrderNumber orderNumber, @NotNull CancellationReason reason)
            throws OrderActionRefusedException {
        String customerEmail = session.getCallerPrincipal().getName();
        CustomerOrder order = ownOrderForUpdate(customerEmail, orderNumber);
        if (!order.isCancellableByCustomer()) {
            throw new OrderActionRefusedException(Reason.NOT_ALLOWED_NOW, orderNumber);
        }
        Instant now = clock.instant();
        order.cancelByCustomer(reason, customerEmail.toLowerCase(Locale.ROOT), now, followUp);
        LOG.info(() -> "Customer cancelled order " + orderNumber);
    }

    public void extendStorage(@NotNull OrderNumber orderNumber) throws OrderActionRefusedException {
        String customerEmail = session.getCallerPrincipal().getName();
        CustomerOrder order = ownOrderForUpdate(customerEmail, orderNumber);
        Instant now = clock.instant();
        if (!order.canExtendStorage(now)) {
            throw new OrderActionRefusedException(Reason.STORAGE_NOT_EXTENDABLE, orderNumber);
        }
        order.extendStorage(now);
        statusMail.queue(MailKind.STORAGE_EXTENDED, order, now);
    }

    private CustomerOrder ownOrderForUpdate(String customerEmail, OrderNumber orderNumber)
            throws OrderActionRefusedException {
        return orders.findByNumberForUpdate(orderNumber)
                .filter(order -> order.customer().account().email().equalsIgnoreCase(customerEmail))
                .orElseThrow(() -> new OrderActionRefusedException(Reason.NOT_FOUND, orderNumber));
    }
}
