package org.orderdesk.pickup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Counts the pickup codes operators look up in vain, at the desk and in the console's search alike, and says when
 * an operator must stop: too many in the window for them, for the point they serve, or for everyone. A code that
 * fits resets nothing. Runs in the caller's transaction.
 */
@ApplicationScoped
public class PickupCodeGuard {

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Until when the operator may look up no codes (at the point, or in the console's search when the point is
     * null); empty when they may now.
     */
    public Optional<Instant> stoppedUntil(String operatorEmail, String pointCode) {
        Instant now = clock.instant();
        Optional<Instant> atPoint = pointCode == null ? Optional.empty()
                : PickupCodeTry.PER_POINT.closedUntil(latest("t.pointCode = :key", pointCode,
                        PickupCodeTry.PER_POINT, now), now);
        return Stream.of(
                        PickupCodeTry.PER_OPERATOR.closedUntil(latest("t.operatorEmail = :key", operatorEmail,
                                PickupCodeTry.PER_OPERATOR, now), now),
                        atPoint,
                        PickupCodeTry.OVERALL.closedUntil(latest(null, null, PickupCodeTry.OVERALL, now), now))
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
    }

    /** A code that found nothing; the operator's tries older than every window are forgotten on the way. */
    public void recordMiss(String operatorEmail, String pointCode) {
        Instant now = clock.instant();
        em.createQuery("delete from PickupCodeTry t where t.operatorEmail = :operator and t.triedAt < :before")
                .setParameter("operator", operatorEmail)
                .setParameter("before", PickupCodeTry.forgottenBefore(now))
                .executeUpdate();
        em.persist(new PickupCodeTry(operatorEmail, pointCode, now));
    }

    /** The times of the latest tries in the window, newest first, as many as its limit. */
    private List<Instant> latest(String condition, String key, TryWindow window, Instant now) {
        var query = em.createQuery("select t.triedAt from PickupCodeTry t where t.triedAt > :since"
                        + (condition == null ? "" : " and " + condition) + " order by t.triedAt desc", Instant.class)
                .setParameter("since", window.since(now))
                .setMaxResults(window.limit());
        if (condition != null) {
            query.setParameter("key", key);
        }
        return query.getResultList();
    }
}
