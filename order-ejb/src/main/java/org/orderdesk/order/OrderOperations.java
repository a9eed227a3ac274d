package org.orderdesk.order;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.orderdesk.order.OrderActionRefusedException.Reason;
import org.orderdesk.order.domain.CancellationReason;
import org.orderdesk.order.domain.CustomerOrder;
import org.orderdesk.order.domain.IllegalStatusChangeException;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.order.domain.StatusChange;
import org.orderdesk.platform.AfterCommit;
import org.orderdesk.security.domain.Roles;

/**
 * An operator moving an order along its status machine. The order decides which moves are allowed; every move is
 * recorded with the operator's e-mail and followed up (stock, customer mail) in the same transaction.
 */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class OrderOperations {

    /** Who the history names for changes no person made. */
    public static final String STORAGE_EXPIRY = "system: storage expiry";

    /** The longest reason an operator may give for a move, for the page's reason field. */
    public static final int MAX_REASON = StatusChange.MAX_REASON;

    private static final Logger LOG = Logger.getLogger(OrderOperations.class.getName());

    @Inject
    private OrderRepository orders;

    @Inject
    private StatusChangeFollowUp followUp;

    @Inject
    private Clock clock;

    @Inject
    private AfterCommit afterCommit;

    @Resource
    private SessionContext session;

    public void moveTo(@NotNull OrderNumber orderNumber, @NotNull OrderStatus next,
                       @Size(max = MAX_REASON) String reason) throws OrderActionRefusedException {
        String operatorEmail = session.getCallerPrincipal().getName();
        CustomerOrder order = orders.findByNumberForUpdate(orderNumber)
                .orElseThrow(() -> new OrderActionRefusedException(Reason.NOT_FOUND, orderNumber));
        if (!order.operatorMoves().contains(next)) {
            throw new OrderActionRefusedException(Reason.NOT_ALLOWED_NOW, orderNumber);
        }
        if (next == OrderStatus.CANCELLED && (reason == null || reason.isBlank())) {
            throw new OrderActionRefusedException(Reason.REASON_REQUIRED, orderNumber);
        }
        perform(order, next, operatorEmail, reason);
        // The status history is the record; the log line follows it only once the move is committed.
        afterCommit.run(() -> LOG.info(() -> operatorEmail + " moved order " + orderNumber + " to " + next));
    }

    /** The console's button for a status stands for the step that leads there; the order checks its own rules. */
    private void perform(CustomerOrder order, OrderStatus next, String operatorEmail, String reason) {
        Instant now = clock.instant();
        switch (next) {
            case HANDED_TO_DELIVERY -> order.handToDelivery(operatorEmail, now, followUp);
            case IN_TRANSIT -> order.startTransit(operatorEmail, now, followUp);
            case AWAITING_PICKUP -> order.arriveAtPickupPoint(operatorEmail, now, followUp);
            case WITH_COURIER -> order.giveToCourier(operatorEmail, now, followUp);
            case DELIVERED -> order.deliver(operatorEmail, now, followUp);
            case RECEIVED -> order.handOverAtPickupPoint(operatorEmail, now, followUp);
            case RETURNED -> order.returnFromPickupPoint(operatorEmail, now, followUp);
            case CANCELLED -> order.cancel(CancellationReason.inWords(reason), operatorEmail, now, followUp);
            default -> throw new IllegalStatusChangeException(order.number(), order.status(), next);
        }
    }

    /**
     * Sends the order back if it still waits at the pickup point and its storage ended before the instant. Locks
     * the order and checks again, so that a second server instance doing the same finds nothing left to do.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed(Roles.SYSTEM)
    public boolean returnIfStorageEnded(@NotNull OrderNumber orderNumber, @NotNull Instant now) {
        CustomerOrder order = orders.findByNumberForUpdate(orderNumber).orElseThrow();
        if (order.status() != OrderStatus.AWAITING_PICKUP || !order.storageDeadline().isBefore(now)) {
            return false;
        }
        order.returnFromPickupPoint(STORAGE_EXPIRY, now, followUp);
        return true;
    }

    /**
     * Cancels the order if it still waits for a payment whose time ran out before the instant. Locks the order and
     * checks again, so that a payment or a second server instance that got there first leaves nothing to do.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed(Roles.SYSTEM)
    public boolean cancelIfUnpaid(@NotNull OrderNumber orderNumber, @NotNull Instant now) {
        CustomerOrder order = orders.findByNumberForUpdate(orderNumber).orElseThrow();
        if (!order.isPaymentOverdue(now)) {
            return false;
        }
        order.cancelUnpaid(now, followUp);
        return true;
    }
}
