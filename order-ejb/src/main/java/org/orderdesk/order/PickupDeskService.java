package org.orderdesk.order;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.orderdesk.order.DeskLookup.Outcome;
import org.orderdesk.order.OrderActionRefusedException.Reason;
import org.orderdesk.order.domain.CustomerOrder;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.order.domain.PickupCode;
import org.orderdesk.order.domain.PickupSettlement;
import org.orderdesk.order.domain.Refusal;
import org.orderdesk.pickup.PickupCodeGuard;
import org.orderdesk.pickup.PickupDeskRepository;
import org.orderdesk.pickup.PickupPointRepository;
import org.orderdesk.pickup.PickupPointView;
import org.orderdesk.pickup.domain.PickupDesk;
import org.orderdesk.pickup.domain.PickupPoint;
import org.orderdesk.security.domain.Roles;

/**
 * The counter of a pickup point: the operator enters (or scans) the customer's code and hands over the orders that
 * wait here under it. Codes that find nothing here are logged and counted ({@link PickupCodeGuard}); too many stop
 * the desk for a while. The desk is the calling operator's own.
 */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class PickupDeskService {

    private static final Logger LOG = Logger.getLogger(PickupDeskService.class.getName());

    @Inject
    private PickupDeskRepository desks;

    @Inject
    private PickupPointRepository points;

    @Inject
    private OrderRepository orders;

    @Inject
    private StatusChangeFollowUp followUp;

    @Inject
    private PickupCodeGuard guard;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** The point the operator serves, if they have chosen one. */
    public Optional<PickupPointView> pointOf() {
        return desks.find(operator()).map(PickupDesk::point).map(PickupPointView::of);
    }

    public void serve(@NotBlank String pointCode) {
        String operatorEmail = operator();
        PickupPoint point = points.findByCode(pointCode).orElseThrow(
                () -> new IllegalArgumentException("No pickup point " + pointCode));
        desks.findForUpdate(operatorEmail).ifPresentOrElse(desk -> desk.serve(point),
                () -> desks.add(new PickupDesk(operatorEmail, point)));
    }

    public DeskLookup lookUp(@NotNull PickupCode code) {
        String operatorEmail = operator();
        Optional<PickupDesk> found = desks.findForUpdate(operatorEmail);
        if (found.isEmpty()) {
            return DeskLookup.only(Outcome.NO_POINT_CHOSEN);
        }
        String point = found.get().point().code();
        Optional<Instant> stopped = guard.stoppedUntil(operatorEmail, point);
        if (stopped.isPresent()) {
            LOG.warning(() -> "Pickup desk of " + operatorEmail + " at " + point + " is stopped; a code was entered");
            return paused(stopped.get());
        }
        List<DeskOrder> waiting = orders.findActiveByPickupCode(code).stream()
                .filter(order -> order.pickupPoint() != null && order.pickupPoint().code().equals(point))
                .filter(order -> order.status() == OrderStatus.AWAITING_PICKUP)
                .map(PickupDeskService::forDesk)
                .toList();
        if (!waiting.isEmpty()) {
            return new DeskLookup(Outcome.FOUND, waiting, null);
        }
        Optional<Instant> stoppedNow = guard.recordMiss(operatorEmail, point);
        LOG.warning(() -> "Pickup code with nothing to hand over at " + point + " by " + operatorEmail);
        return stoppedNow.map(PickupDeskService::paused).orElse(DeskLookup.only(Outcome.NOT_HERE));
    }

    private static DeskLookup paused(Instant until) {
        return new DeskLookup(Outcome.PAUSED, List.of(), until);
    }

    /**
     * What handing the order over with these refusals costs: what to take at the counter, or what goes back to a
     * card paid online. The desk shows it before the customer pays; the hand-over applies the same settlement.
     */
    public PickupSettlement settle(@NotNull OrderNumber orderNumber, @NotNull PickupCode code, @NotNull List<Refusal> refusals)
            throws OrderActionRefusedException {
        return settlementOf(waitingHere(orderNumber, code), refusals);
    }

    /**
     * Hands over what the customer takes and keeps the refused units (none, for the whole order), checking again
     * that the order waits at this desk's point under this code. The order is locked first, so a second desk, a
     * double click or the storage-expiry job that reaches it too finds it no longer waiting and is refused.
     */
    public void handOver(@NotNull OrderNumber orderNumber, @NotNull PickupCode code, @NotNull List<Refusal> refusals)
            throws OrderActionRefusedException {
        String operatorEmail = operator();
        CustomerOrder order = waitingHere(orderNumber, code);
        settlementOf(order, refusals);
        order.handOverAtPickupPoint(refusals, operatorEmail, clock.instant(), followUp);
        LOG.info(() -> operatorEmail + " handed over order " + orderNumber + " with " + order.refusedUnits()
                + " units refused");
    }

    /** The order, locked, if it waits at this desk's point under this code. */
    private CustomerOrder waitingHere(OrderNumber orderNumber, PickupCode code) throws OrderActionRefusedException {
        PickupPointView point = pointOf()
                .orElseThrow(() -> new OrderActionRefusedException(Reason.NOT_ALLOWED_NOW, orderNumber));
        CustomerOrder order = orders.findByNumberForUpdate(orderNumber)
                .filter(candidate -> candidate.pickupCode().equals(code))
                .filter(candidate -> candidate.pickupPoint() != null
                        && candidate.pickupPoint().code().equals(point.code()))
                .orElseThrow(() -> new OrderActionRefusedException(Reason.NOT_FOUND, orderNumber));
        if (order.status() != OrderStatus.AWAITING_PICKUP) {
            throw new OrderActionRefusedException(Reason.NOT_ALLOWED_NOW, orderNumber);
        }
        return order;
    }

    /** Refusals that do not fit the order's lines come only from a forged form: refused, nothing changed. */
    private static PickupSettlement settlementOf(CustomerOrder order, List<Refusal> refusals)
            throws OrderActionRefusedException {
        try {
            return PickupSettlement.of(order, refusals);
        } catch (IllegalArgumentException misfit) {
            throw new OrderActionRefusedException(Reason.NOT_ALLOWED_NOW, order.number());
        }
    }

    private String operator() {
        return session.getCallerPrincipal().getName();
    }

    private static DeskOrder forDesk(CustomerOrder order) {
        List<DeskOrder.Item> items = order.lines().stream()
                .map(line -> new DeskOrder.Item(line.sku(), line.nameIn(Locale.forLanguageTag("ru")),
                        line.nameIn(Locale.ENGLISH), line.quantity()))
                .toList();
        return new DeskOrder(order.number(), order.customer().account().displayName(), items, order.total(),
                order.paymentMethod(), order.paymentState());
    }
}
