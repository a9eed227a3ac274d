package org.orderdesk.pickup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.orderdesk.pickup.domain.PickupCodeTry;
import org.orderdesk.pickup.domain.TryWindow;

/**
 * Counts the pickup codes operators look up in vain, at the desk and in the console's search alike, and says when
 * an operator must stop: too many in the window for them, for the point they serve, or for everyone. A code that
 * fits resets nothing. Runs in the caller's transaction.
 */
@ApplicationScoped
public class PickupCodeGuard {

    @Inject
    private PickupCodeTries tries;

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
        tries.forget(operatorEmail, PickupCodeTry.forgottenBefore(now));
        tries.add(operatorEmail, pointCode, now);
        return stopped;
    }

    private Optional<Instant> stoppedUntil(String operatorEmail, String pointCode, Instant now, boolean withTryNow) {
        Optional<Instant> atPoint = pointCode == null ? Optional.empty()
                : closedUntil(PickupCodeTry.PER_POINT, (since, max) -> tries.latestAtPoint(pointCode, since, max),
                        now, withTryNow);
        return Stream.of(
                        closedUntil(PickupCodeTry.PER_OPERATOR,
                                (since, max) -> tries.latestOfOperator(operatorEmail, since, max), now, withTryNow),
                        atPoint,
                        closedUntil(PickupCodeTry.OVERALL, tries::latest, now, withTryNow))
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
    }

    /** latest gives the times of the latest tries in the window, newest first, as many as its limit. */
    private static Optional<Instant> closedUntil(TryWindow window, BiFunction<Instant, Integer, List<Instant>> latest,
                                                 Instant now, boolean withTryNow) {
        List<Instant> times = new ArrayList<>();
        if (withTryNow) {
            times.add(now);
        }
        times.addAll(latest.apply(window.since(now), window.limit()));
        return window.closedUntil(times, now);
    }
}
