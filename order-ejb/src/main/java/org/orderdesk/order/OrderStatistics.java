package org.orderdesk.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.platform.ReadModel;
import org.orderdesk.security.domain.Roles;

/**
 * The numbers on the console's dashboard. Every figure is a count the database answers from an index (placedAt,
 * status and storage deadline), so the dashboard stays quick however many orders there are.
 */
@Stateless
@ReadModel
@RolesAllowed(Roles.OPERATOR)
public class OrderStatistics {

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    /** Orders placed on each of the last days up to today, oldest first, days as the operator's zone has them. */
    public List<DayCount> ordersPerDay(@NotNull LocalDate today, @NotNull ZoneId zone, @Min(1) int days) {
        return perDay(today, zone, days, this::countPlacedBetween);
    }

    private long countPlacedBetween(Instant from, Instant to) {
        return em.createQuery("select count(o) from CustomerOrder o where o.placedAt >= :from and o.placedAt < :to",
                        Long.class)
                .setParameter("from", from).setParameter("to", to)
                .getSingleResult();
    }

    /**
     * Units customers refused at the pickup desks on each of the last days up to today, oldest first: counted on
     * the day of the hand-over (the order's move to RECEIVED, or to RETURNED when everything was refused).
     */
    public List<DayCount> refusedUnitsPerDay(@NotNull LocalDate today, @NotNull ZoneId zone, @Min(1) int days) {
        return perDay(today, zone, days, this::refusedBetween);
    }

    /** A count for each of the last days up to today, oldest first, each day from midnight to midnight in zone. */
    private static List<DayCount> perDay(LocalDate today, ZoneId zone, int days,
                                         BiFunction<Instant, Instant, Long> countBetween) {
        List<DayCount> counts = new ArrayList<>();
        for (LocalDate day = today.minusDays(days - 1L); !day.isAfter(today); day = day.plusDays(1)) {
            counts.add(new DayCount(day, countBetween.apply(start(day, zone), start(day.plusDays(1), zone))));
        }
        return counts;
    }

    private long refusedBetween(Instant from, Instant to) {
        Long units = em.createQuery("""
                        select sum(o.refusedUnits) from CustomerOrder o join o.history h
                        where o.refusedUnits > 0 and h.to in :handedOver and h.at >= :from and h.at < :to""",
                        Long.class)
                .setParameter("handedOver", List.of(OrderStatus.RECEIVED, OrderStatus.RETURNED))
                .setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        return units == null ? 0 : units;
    }

    public Map<OrderStatus, Long> countsByStatus() {
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("select o.status, count(o) from CustomerOrder o group by o.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((OrderStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** Orders waiting at pickup points whose storage ends on the day: they go back unless collected. */
    public long storageEndingOn(@NotNull LocalDate day, @NotNull ZoneId zone) {
        return em.createQuery("""
                        select count(o) from CustomerOrder o
                        where o.status = :waiting and o.storageDeadline >= :from and o.storageDeadline < :to""",
                        Long.class)
                .setParameter("waiting", OrderStatus.AWAITING_PICKUP)
                .setParameter("from", start(day, zone)).setParameter("to", start(day.plusDays(1), zone))
                .getSingleResult();
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** How many orders were placed (or units refused) on a day. */
    public record DayCount(LocalDate day, long orders) {
    }
}
