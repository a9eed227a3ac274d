package org.orderdesk.benchmark;

import java.util.Arrays;

/**
 * Response times of one kind of request, summarised as the benchmarks report them (milliseconds). Safe to fill
 * from several threads: the load driver's customers record into one instance per request type.
 */
final class Timings {

    private final String name;
    private long[] nanos;
    private int count;

    Timings(String name, int capacity) {
        this.name = name;
        this.nanos = new long[Math.max(capacity, 16)];
    }

    /** For runs of a fixed duration, where the number of requests is not known in advance. */
    Timings(String name) {
        this(name, 1024);
    }

    synchronized void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    synchronized int count() {
        return count;
    }

    /** Nearest-rank percentile: the smallest time that at least p % of the requests did not exceed. */
    synchronized double percentile(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }

    synchronized double mean() {
        return Arrays.stream(nanos, 0, count).average().orElse(0) / 1e6;
    }

    static String header() {
        return "| page | n | median ms | p95 ms | mean ms | max ms |\n|---|---|---|---|---|---|";
    }

    /** One Markdown table row. */
    String row() {
        return "| %s | %d | %.1f | %.1f | %.1f | %.1f |".formatted(name, count(), percentile(50), percentile(95),
                mean(), percentile(100));
    }

    /** The header of {@link #tailRow()}: under load the tail (p99) matters more than the mean. */
    static String tailHeader() {
        return "| request | n | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|";
    }

    String tailRow() {
        return "| %s | %d | %.1f | %.1f | %.1f | %.1f |".formatted(name, count(), percentile(50), percentile(95),
                percentile(99), percentile(100));
    }
}
