package org.orderdesk.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map;

/** The load run as Markdown: one summary row per level, then each level's request times and errors. */
final class LoadReport {

    private final LoadLevel.Phases phases;
    private final List<LoadLevel.Result> results = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();
    private final Map<String, LoadLevel.Window> otherWindows = new LinkedHashMap<>();

    LoadReport(LoadLevel.Phases phases) {
        this.phases = phases;
    }

    void add(LoadLevel.Result result) {
        results.add(result);
    }

    /** A part of the run that is not a level of its own, such as the mail catch-up, at the end of the report. */
    void addSection(String markdown) {
        sections.add(markdown);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("Warm-up %.0f s, measured %.0f s per level; ceiling: /health/live for %.0f s with as many clients.%n%n"
                .formatted(phases.warmUp(), phases.measured(), phases.health()));
        md.append("| customers | loops/s | orders/s | loop p50 ms | loop p95 ms | loop p99 ms | errors | of which 403 "
                + "| mail pending at end | mails delivered/s | /health/live req/s | orders/s of ceiling |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        results.forEach(result -> md.append(summaryRow(result)).append('\n'));
        results.forEach(result -> md.append(details(result)));
        sections.forEach(md::append);
        return md.toString();
    }

    /** A window whose confirmations MailDelay reports beside the levels', under the given label. */
    void addWindow(String label, LoadLevel.Window window) {
        otherWindows.put(label, window);
    }

    /**
     * Each level's measured window, then the others, one line each: customers or label, start and end in epoch
     * milliseconds (MailDelay).
     */
    String windows() {
        StringBuilder tsv = new StringBuilder();
        results.forEach(r -> appendWindow(tsv, Integer.toString(r.customers()), r.window()));
        otherWindows.forEach((label, window) -> appendWindow(tsv, label, window));
        return tsv.toString();
    }

    private static void appendWindow(StringBuilder tsv, String label, LoadLevel.Window window) {
        tsv.append(label).append('\t').append(window.start().toEpochMilli()).append('\t')
                .append(window.end().toEpochMilli()).append('\n');
    }

    String summaryRow(LoadLevel.Result r) {
        Timings loop = r.stats().loops();
        return "| %d | %.1f | %.1f | %.0f | %.0f | %.0f | %d | %d | %d | %.1f | %.0f | %.1f %% |".formatted(
                r.customers(), r.loopsPerSecond(), r.ordersPerSecond(), loop.percentile(50), loop.percentile(95),
                loop.percentile(99), r.stats().errorCount(), r.stats().forbidden(), r.mailPending(),
                r.mailsPerSecond(), r.healthPerSecond(), r.percentOfCeiling());
    }

    private static String details(LoadLevel.Result r) {
        StringBuilder md = new StringBuilder("\n### %d customers (%.1f s measured)%n%n".formatted(r.customers(),
                r.seconds()));
        md.append(Timings.tailHeader()).append('\n');
        r.stats().steps().forEach(step -> md.append(step.tailRow()).append('\n'));
        md.append(r.stats().loops().tailRow()).append('\n');
        Map<String, Long> errors = r.stats().errors();
        md.append(errors.isEmpty() ? "\nNo errors.\n" : "\nErrors:\n\n");
        errors.forEach((kind, n) -> md.append("- %s: %d%n".formatted(kind, n)));
        return md.toString();
    }
}
