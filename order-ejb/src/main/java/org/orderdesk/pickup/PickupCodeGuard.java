package org.orderdesk.pickup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
        return stoppedUntil(operatorEmail, pointCode, clock.instant(), false);
    }

    /**
     * Counts a code that found nothing and says until when the operator must stop now, this miss included. The
     * windows are read before the miss is written: a transaction that has written its miss never waits to read
     * another's, so two operators' misses at once cannot deadlock (Derby locks rows it reads). The operator's tries
     * older than every window are forgotten on the way.
     */
    public Optional<Instant> recordMiss(String operatorEmail, String pointCode) {
        Instant now = clock.instant();
        Optional<Instant> stopped = stoppedUntil(operatorEmail, pointCode, now, true);
        em.createQuery("delete from PickupCodeTry t where t.operatorEmail = :operator and t.triedAt < :before")
                .setParameter("operator", operatorEmail)
                .setParameter("before", PickupCodeTry.forgottenBefore(now))
                .executeUpdate();
        em.persist(new PickupCodeTry(operatorEmail, pointCode, now));
        return stopped;
    }

    private Optional<Instant> stoppedUntil(String operatorEmail, String pointCode, Instant now, boolean withTryNow) {
        Optional<Instant> atPoint = pointCode == null ? Optional.empty()
                : closedUntil(PickupCodeTry.PER_POINT, "t.pointCode = :key", pointCode, now, withTryNow);
        return Stream.of(
                        closedUntil(PickupCodeTry.PER_OPERATOR, "t.operatorEmail = :key", operatorEmail, now,
                                withTryNow),
                        atPoint,
                        closedUntil(PickupCodeTry.OVERALL, null, null, now, withTryNow))
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
    }

    private Optional<Instant> closedUntil(TryWindow window, String condition, String key, Instant now,
                                          boolean withTryNow) {
        List<Instant> tries = new ArrayList<>();
        if (withTryNow) {
            tries.add(now);
        }
        tries.addAll(latest(condition, key, window, now));
        return window.closedUntil(tries, now);
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
