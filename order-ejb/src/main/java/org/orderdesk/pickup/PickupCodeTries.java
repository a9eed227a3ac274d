package org.orderdesk.pickup;

import java.time.Instant;
import java.util.List;
import org.orderdesk.pickup.domain.PickupCodeTry;

/** Where the pickup codes operators looked up in vain are counted ({@link PickupCodeTry}). */
public interface PickupCodeTries {

    void add(String operatorEmail, String pointCode, Instant triedAt);

    /** Forgets the operator's tries made before the instant. */
    void forget(String operatorEmail, Instant before);

    /** The times of the operator's latest tries after since, newest first, at most max. */
    List<Instant> latestOfOperator(String operatorEmail, Instant since, int max);

    /** The times of the latest tries at the point after since, newest first, at most max. */
    List<Instant> latestAtPoint(String pointCode, Instant since, int max);

    /** The times of everyone's latest tries after since, newest first, at most max. */
    List<Instant> latest(Instant since, int max);
}
