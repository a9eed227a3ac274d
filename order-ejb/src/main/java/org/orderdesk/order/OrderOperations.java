package org.orderdesk.order;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.orderdesk.order.OrderActionRefusedException.Reason;
import org.orderdesk.security.Roles;

/**
 * An operator moving an order along its status machine. The order decides which moves are allowed; every move is
 * recorded with the operator's e-mail and followed up (stock, customer mail) in the same transaction.
 */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class OrderOperations {

    /** Who the history names for changes no person made. */
    public static final String STORAGE_EXPIRY = "system: storage expiry";

    private static final Logger LOG = Logger.getLogger(OrderOperations.class.getName());

    @Inject
    private OrderRepository orders;

    @Inject
    private OrderChanges changes;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    public void moveTo(@NotBlank String orderNumber, @NotNull OrderStatus next,
                       @Size(max = StatusChange.MAX_REASON) String reason) throws OrderActionRefusedException {
        String operatorEmail = session.getCallerPrincipal().getName();
        CustomerOrder order = orders.findByNumberForUpdate(orderNumber)
                .orElseThrow(() -> new OrderActionRefusedException(Reason.NOT_FOUND, orderNumber));
        if (!order.status().next(order.deliveryMethod()).contains(next)) {
            throw new OrderActionRefusedException(Reason.NOT_ALLOWED_NOW, orderNumber);
        }
        Instant now = clock.instant();
        if (next == OrderStatus.CANCELLED) {
            if (reason == null || reason.isBlank()) {
                throw new OrderActionRefusedException(Reason.REASON_REQUIRED, orderNumber);
            }
            order.cancel(CancellationReason.inWords(reason), operatorEmail, now);
        } else {
            order.moveTo(next, operatorEmail, now);
        }
        changes.followUp(order, now);
        LOG.info(() -> operatorEmail + " moved order " + orderNumber + " to " + next);
    }

    /**
     * Sends the order back if it still waits at the pickup point and its storage ended before the instant. Locks
     * the order and checks again, so that a second server instance doing the same finds nothing left to do.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed(Roles.SYSTEM)
    public boolean returnIfStorageEnded(@NotBlank String orderNumber, @NotNull Instant now) {
        CustomerOrder order = orders.findByNumberForUpdate(orderNumber).orElseThrow();
        if (order.status() != OrderStatus.AWAITING_PICKUP || !order.storageDeadline().isBefore(now)) {
            return false;
        }
        order.moveTo(OrderStatus.RETURNED, STORAGE_EXPIRY, now);
        changes.followUp(order, now);
        LOG.info(() -> "Storage of order " + orderNumber + " ended; the order is returned");
        return true;
    }
}
