package org.orderdesk.pickup;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.orderdesk.order.CustomerOrder;
import org.orderdesk.order.OrderActionRefusedException;
import org.orderdesk.order.OrderActionRefusedException.Reason;
import org.orderdesk.order.OrderChanges;
import org.orderdesk.order.OrderRepository;
import org.orderdesk.order.OrderStatus;
import org.orderdesk.order.PickupCode;
import org.orderdesk.pickup.DeskLookup.Outcome;
import org.orderdesk.security.Roles;

/**
 * The counter of a pickup point: the operator enters (or scans) the customer's code and hands over the orders that
 * wait here under it. Wrong codes are counted per desk in the database and logged; five in a row pause the desk.
 * The desk is the calling operator's own.
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
    private OrderChanges changes;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** The point the operator serves, if they have chosen one. */
    public Optional<PickupPoint> pointOf() {
        return desks.find(operator()).map(PickupDesk::point);
    }

    public void serve(@NotBlank String pointCode) {
        String operatorEmail = operator();
        PickupPoint point = points.findByCode(pointCode).orElseThrow(
                () -> new IllegalArgumentException("No pickup point " + pointCode));
        desks.findForUpdate(operatorEmail).ifPresentOrElse(desk -> desk.serve(point),
                () -> desks.add(new PickupDesk(operatorEmail, point)));
    }

    public DeskLookup lookUp(@NotBlank String typedCode) {
        String operatorEmail = operator();
        Optional<PickupDesk> found = desks.findForUpdate(operatorEmail);
        if (found.isEmpty()) {
            return DeskLookup.only(Outcome.NO_POINT_CHOSEN);
        }
        PickupDesk desk = found.get();
        Instant now = clock.instant();
        if (desk.isPaused(now)) {
            LOG.warning(() -> "Pickup desk of " + operatorEmail + " is paused; a code was entered anyway");
            return new DeskLookup(Outcome.PAUSED, List.of(), desk.pausedUntil());
        }
        String code = typedCode.strip();
        List<CustomerOrder> withCode = PickupCode.isWellFormed(code) ? orders.findActiveByPickupCode(code) : List.of();
        if (withCode.isEmpty()) {
            int inARow = desk.recordWrongCode(now);
            LOG.warning(() -> "Wrong pickup code at " + desk.point().code() + " by " + operatorEmail + ", " + inARow
                    + " in a row");
            return desk.isPaused(now) ? new DeskLookup(Outcome.PAUSED, List.of(), desk.pausedUntil())
                    : DeskLookup.only(Outcome.NO_SUCH_CODE);
        }
        desk.recordRightCode();
        List<CustomerOrder> here = withCode.stream()
                .filter(order -> order.pickupPoint() != null && order.pickupPoint().code().equals(desk.point().code()))
                .toList();
        if (here.isEmpty()) {
            return DeskLookup.only(Outcome.AT_ANOTHER_POINT);
        }
        List<DeskOrder> waiting = here.stream()
                .filter(order -> order.status() == OrderStatus.AWAITING_PICKUP)
                .map(PickupDeskService::forDesk)
                .toList();
        return waiting.isEmpty() ? DeskLookup.only(Outcome.NOT_YET_ARRIVED)
                : new DeskLookup(Outcome.FOUND, waiting, null);
    }

    /** Hands the order over, checking again that it waits at this desk's point under this code. */
    public void handOver(@NotBlank String orderNumber, @NotBlank String code) throws OrderActionRefusedException {
        String operatorEmail = operator();
        PickupPoint point = pointOf()
                .orElseThrow(() -> new OrderActionRefusedException(Reason.NOT_ALLOWED_NOW, orderNumber));
        CustomerOrder order = orders.findByNumberForUpdate(orderNumber)
                .filter(candidate -> candidate.pickupCode().equals(code.strip()))
                .filter(candidate -> candidate.pickupPoint() != null
                        && candidate.pickupPoint().code().equals(point.code()))
                .orElseThrow(() -> new OrderActionRefusedException(Reason.NOT_FOUND, orderNumber));
        if (order.status() != OrderStatus.AWAITING_PICKUP) {
            throw new OrderActionRefusedException(Reason.NOT_ALLOWED_NOW, orderNumber);
        }
        order.handOverAtPickupPoint(operatorEmail, clock.instant(), changes);
        LOG.info(() -> operatorEmail + " handed over order " + orderNumber + " at " + point.code());
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
