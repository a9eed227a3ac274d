package org.orderdesk.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/** What the customers of one load level did during its measured window: times, orders and errors. */
final class LoadStats implements CheckoutJourney.Recorder {

    private static final int FORBIDDEN = 403;

    private final Map<String, Timings> steps = new LinkedHashMap<>();
    private final Timings loops = new Timings("Whole loop (5 requests)");
    private final LongAdder orders = new LongAdder();
    private final LongAdder forbidden = new LongAdder();
    private final Map<String, LongAdder> errors = new ConcurrentSkipListMap<>();

    LoadStats() {
        CheckoutJourney.STEPS.forEach(step -> steps.put(step, new Timings(step)));
    }

    @Override
    public void took(String step, long nanos) {
        steps.get(step).add(nanos);
    }

    void order() {
        orders.increment();
    }

    void loop(long nanos) {
        loops.add(nanos);
    }

    void unexpected(Sessions.Unexpected answer) {
        if (answer.status() == FORBIDDEN) {
            forbidden.increment();
        }
        error(answer.getMessage());
    }

    void error(String kind) {
        errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    long orders() {
        return orders.sum();
    }

    long forbidden() {
        return forbidden.sum();
    }

    long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    SortedMap<String, Long> errors() {
        SortedMap<String, Long> counts = new TreeMap<>();
        errors.forEach((kind, n) -> counts.put(kind, n.sum()));
        return counts;
    }

    Timings loops() {
        return loops;
    }

    Iterable<Timings> steps() {
        return steps.values();
    }
}
