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
import org.orderdesk.security.Roles;

/**
 * The numbers on the console's dashboard. Every figure is a count the database answers from an index (placedAt,
 * status and storage deadline), so the dashboard stays quick however many orders there are.
 */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class OrderStatistics {

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    /** Orders placed on each of the last days up to today, oldest first, days as the operator's zone has them. */
    public List<DayCount> ordersPerDay(@NotNull LocalDate today, @NotNull ZoneId zone, @Min(1) int days) {
        List<DayCount> counts = new ArrayList<>();
        for (LocalDate day = today.minusDays(days - 1L); !day.isAfter(today); day = day.plusDays(1)) {
            counts.add(new DayCount(day, countPlacedBetween(start(day, zone), start(day.plusDays(1), zone))));
        }
        return counts;
    }

    private long countPlacedBetween(Instant from, Instant to) {
        return em.createQuery("select count(o) from CustomerOrder o where o.placedAt >= :from and o.placedAt < :to",
                        Long.class)
                .setParameter("from", from).setParameter("to", to)
                .getSingleResult();
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

    /** How many orders were placed on a day. */
    public record DayCount(LocalDate day, long orders) {
    }
}
