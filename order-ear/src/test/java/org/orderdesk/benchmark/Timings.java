package org.orderdesk.benchmark;

import java.util.Arrays;

/** Response times of one kind of request, summarised as the benchmarks report them (milliseconds). */
final class Timings {

    private final String name;
    private final long[] nanos;
    private int count;

    Timings(String name, int capacity) {
        this.name = name;
        this.nanos = new long[capacity];
    }

    void add(long elapsedNanos) {
        nanos[count++] = elapsedNanos;
    }

    /** Nearest-rank percentile: the smallest time that at least p % of the requests did not exceed. */
    double percentile(double p) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }

    double mean() {
        return Arrays.stream(nanos, 0, count).average().orElse(0) / 1e6;
    }

    static String header() {
        return "| page | n | median ms | p95 ms | mean ms | max ms |\n|---|---|---|---|---|---|";
    }

    /** One Markdown table row. */
    String row() {
        return "| %s | %d | %.1f | %.1f | %.1f | %.1f |".formatted(name, count, percentile(50), percentile(95),
                mean(), percentile(100));
    }
}
