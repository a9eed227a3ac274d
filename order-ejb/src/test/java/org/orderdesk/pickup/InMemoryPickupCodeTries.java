package org.orderdesk.pickup;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.orderdesk.platform.InMemoryRows;

public class InMemoryPickupCodeTries extends InMemoryRows<InMemoryPickupCodeTries.Try> implements PickupCodeTries {

    /** What the table keeps of a try; the entity itself shows nothing of it. */
    record Try(String operatorEmail, String pointCode, Instant triedAt) {
    }

    @Override
    public void add(String operatorEmail, String pointCode, Instant triedAt) {
        insert(new Try(operatorEmail, pointCode, triedAt));
    }

    @Override
    public void forget(String operatorEmail, Instant before) {
        rows().filter(t -> t.operatorEmail().equals(operatorEmail) && t.triedAt().isBefore(before)).toList()
                .forEach(this::delete);
    }

    @Override
    public List<Instant> latestOfOperator(String operatorEmail, Instant since, int max) {
        return latest(t -> t.operatorEmail().equals(operatorEmail), since, max);
    }

    @Override
    public List<Instant> latestAtPoint(String pointCode, Instant since, int max) {
        return latest(t -> pointCode.equals(t.pointCode()), since, max);
    }

    @Override
    public List<Instant> latest(Instant since, int max) {
        return latest(t -> true, since, max);
    }

    private List<Instant> latest(Predicate<Try> condition, Instant since, int max) {
        return rows().filter(condition).map(Try::triedAt).filter(at -> at.isAfter(since))
                .sorted(Comparator.reverseOrder()).limit(max).toList();
    }

    /** Every try kept, for tests that check what was forgotten. */
    public long size() {
        return count(t -> true);
    }
}
