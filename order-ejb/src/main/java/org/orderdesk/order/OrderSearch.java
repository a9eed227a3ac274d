package org.orderdesk.order;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.PickupCode;
import org.orderdesk.pickup.PickupCodeGuard;
import org.orderdesk.platform.LikePattern;
import org.orderdesk.platform.ReadModel;
import org.orderdesk.platform.Slice;
import org.orderdesk.security.domain.Roles;

/**
 * The console's order search, a read-only view across customers (the repository serves the order aggregate). The
 * text is read the way operators type it: a whole order number finds that order, eight digits are a pickup code or
 * a customer number, anything else is part of a customer's e-mail or name. Eight digits that are no order's
 * pickup code count as a code tried in vain, like a wrong code at the desk ({@link PickupCodeGuard}): the search
 * must not be a way round the desk's limit.
 */
@Stateless
@ReadModel
@RolesAllowed(Roles.OPERATOR)
public class OrderSearch {

    public static final int PAGE_SIZE = 25;

    private static final String FROM = " from CustomerOrder o join o.customer c join c.account a";

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Inject
    private OrderRepository orders;

    @Inject
    private PickupCodeGuard codeGuard;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /**
     * The order a text alone names exactly (no other filter given), or the page of orders that match. The one
     * entry point, so that a code is counted once per search, whatever of the two found it.
     */
    public OrderSearchResult find(@NotNull OrderCriteria criteria, @Min(1) int page) {
        String text = criteria.trimmedText();
        Optional<PickupCode> code = PickupCode.parse(text);
        if (code.isPresent()) {
            String operator = session.getCallerPrincipal().getName();
            Optional<Instant> paused = codeGuard.stoppedUntil(operator, null);
            if (paused.isPresent()) {
                return new OrderSearchResult(null, new Slice<>(List.of(), 0, page, PAGE_SIZE), paused.get());
            }
            if (em.createQuery("select count(o) from CustomerOrder o where o.pickupCode = :code", Long.class)
                    .setParameter("code", code.get()).getSingleResult() == 0) {
                codeGuard.recordMiss(operator, null);
            }
        }
        boolean textOnly = criteria.status() == null && criteria.placedFrom() == null && criteria.placedTo() == null
                && criteria.storageEndsOn() == null;
        Optional<OrderNumber> exact = textOnly && !text.isEmpty() ? exactMatch(text) : Optional.empty();
        return exact.map(number -> new OrderSearchResult(number, null, null))
                .orElseGet(() -> new OrderSearchResult(null, search(criteria, page), null));
    }

    private Slice<OrderListing> search(OrderCriteria criteria, int page) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(criteria, parameters);
        TypedQuery<Long> count = em.createQuery("select count(o)" + FROM + where, Long.class);
        TypedQuery<OrderListing> rows = em.createQuery("""
                select new org.orderdesk.order.OrderListing(o.number, o.placedAt, o.status, o.total, a.email,
                    a.displayName, o.deliveryMethod, o.itemCount, o.refusedUnits)""" + FROM + where + " order by o.placedAt desc, o.number desc",
                OrderListing.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        List<OrderListing> items = rows.setFirstResult(Slice.firstRow(page, PAGE_SIZE)).setMaxResults(PAGE_SIZE)
                .getResultList();
        return new Slice<>(items, count.getSingleResult(), page, PAGE_SIZE);
    }

    private static String where(OrderCriteria criteria, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        String text = criteria.trimmedText();
        Optional<OrderNumber> number = OrderNumber.parse(text);
        if (number.isPresent()) {
            where.append(" and o.number = :number");
            parameters.put("number", number.get());
        } else if (text.matches("\\d{8}")) {
            where.append(" and (o.pickupCode = :digits or c.number = :customerNumber)");
            parameters.put("digits", new PickupCode(text));
            parameters.put("customerNumber", Long.parseLong(text));
        } else if (!text.isEmpty()) {
            where.append(" and (a.email like :text" + LikePattern.ESCAPE + " or lower(a.displayName) like :text"
                    + LikePattern.ESCAPE + ")");
            parameters.put("text", LikePattern.containing(text));
        }
        if (criteria.status() != null) {
            where.append(" and o.status = :status");
            parameters.put("status", criteria.status());
        }
        if (criteria.placedFrom() != null) {
            where.append(" and o.placedAt >= :from");
            parameters.put("from", startOf(criteria.placedFrom(), criteria));
        }
        if (criteria.placedTo() != null) {
            where.append(" and o.placedAt < :to");
            parameters.put("to", startOf(criteria.placedTo().plusDays(1), criteria));
        }
        if (criteria.storageEndsOn() != null) {
            where.append(" and o.storageDeadline >= :storageFrom and o.storageDeadline < :storageTo");
            parameters.put("storageFrom", startOf(criteria.storageEndsOn(), criteria));
            parameters.put("storageTo", startOf(criteria.storageEndsOn().plusDays(1), criteria));
        }
        return where.toString();
    }

    private static Instant startOf(LocalDate day, OrderCriteria criteria) {
        return day.atStartOfDay(criteria.zone()).toInstant();
    }

    /**
     * The one order the text names exactly, for opening it straight away: a whole order number, or the pickup
     * code of an order that can still be collected (codes are unique only among those).
     */
    private Optional<OrderNumber> exactMatch(String typed) {
        Optional<OrderNumber> number = OrderNumber.parse(typed);
        if (number.isPresent()) {
            return em.createQuery("select o.number from CustomerOrder o where o.number = :n", OrderNumber.class)
                    .setParameter("n", number.get()).getResultStream().findFirst();
        }
        Optional<PickupCode> code = PickupCode.parse(typed);
        if (code.isPresent()) {
            List<OrderNumber> numbers = em.createQuery("""
                            select o.number from CustomerOrder o where o.pickupCode = :code and o.completed = false""",
                            OrderNumber.class)
                    .setParameter("code", code.get()).setMaxResults(2).getResultList();
            return numbers.size() == 1 ? Optional.of(numbers.get(0)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** An order as the console's order page shows it, with its customer, lines and history. */
    public Optional<ConsoleOrderView> order(@NotNull OrderNumber number) {
        return orders.findByNumber(number).map(order -> ConsoleOrderView.of(order, clock.instant()));
    }
}
