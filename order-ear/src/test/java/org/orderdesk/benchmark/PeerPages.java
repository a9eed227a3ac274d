package org.orderdesk.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Anonymous page views of OrderDesk beside Eclipse Cargo Tracker's public pages, both deployed on the same Payara
 * domain (docs/benchmarks/peer-pages.sh). N clients without cookies fetch one page as fast as they can for a fixed
 * time; the pages take turns (A B A B) at each level so that a change in the machine's load falls on both
 * applications alike. Every answer must be HTTP 200 with the page's own text; OrderDesk's answers must not start a
 * session, Cargo Tracker's are counted (its tracking page keeps a view-scoped bean in one).
 *
 * <pre>
 * java -Dpeer.base=http://localhost:18380 -Dpeer.levels=1,4,16 -Dpeer.warmup=8 -Dpeer.seconds=10 -Dpeer.rounds=2 \
 *      [-Dpeer.jfr.pid=PID -Dpeer.jfr.dir=DIR -Dpeer.jfr.clients=16] \
 *      -cp order-ear/target/test-classes org.orderdesk.benchmark.PeerPages OUT.md
 * </pre>
 * With a pid, a last run per page at peer.jfr.clients clients is recorded with JFR (outside the table, since the
 * recording itself costs the server some of its CPU), one file per page in peer.jfr.dir.
 */
public final class PeerPages {

    private static final List<Page> PAGES = List.of(
            new Page("Cargo Tracker: tracking", "cargo-tracker/public/track.xhtml", "trackingIdInput", true),
            new Page("Cargo Tracker: about", "cargo-tracker/public/about.xhtml", "Tracking Your Cargo", true),
            new Page("OrderDesk: product", "shop/product?sku=KIT-004", "Ceramic mug 350 ml", false),
            new Page("OrderDesk: catalog", "shop/index", "product-card", false));

    private PeerPages() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench-logs/peer-pages.md");
        String base = System.getProperty("peer.base", "http://localhost:18380") + "/";
        int[] levels = Arrays.stream(System.getProperty("peer.levels", "1,4,16").split(","))
                .map(String::trim).mapToInt(Integer::parseInt).toArray();
        double warmUp = Double.parseDouble(System.getProperty("peer.warmup", "8"));
        double seconds = Double.parseDouble(System.getProperty("peer.seconds", "10"));
        int rounds = Integer.getInteger("peer.rounds", 2);

        for (Page page : PAGES) {
            say("warm-up " + page.name() + ": " + warmUp + " s at 4 clients");
            new Run(base, page, 4, warmUp).go();
        }
        StringBuilder runs = new StringBuilder("""
                ### Every run (%s s each, in the order run)

                | clients | round | page | requests/s | n | p50 ms | p95 ms | p99 ms | errors | sessions started |
                |---|---|---|---|---|---|---|---|---|---|
                """.formatted(format(seconds)));
        Map<String, List<Run>> byLevelAndPage = new TreeMap<>();
        for (int level : levels) {
            for (int round = 1; round <= rounds; round++) {
                for (Page page : PAGES) {
                    Run run = new Run(base, page, level, seconds).go();
                    byLevelAndPage.computeIfAbsent(key(level, page), k -> new ArrayList<>()).add(run);
                    String row = "| %d | %d | %s | %s |".formatted(level, round, page.name(), run.cells());
                    say(row);
                    runs.append(row).append('\n');
                }
            }
        }
        String summary = summary(levels, byLevelAndPage);
        String profiles = profiles(base);
        String markdown = summary + "\n" + runs + profiles;
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, markdown);
        System.out.println(markdown);
        long failures = byLevelAndPage.values().stream().flatMap(List::stream)
                .filter(run -> run.errors() > 0 || run.unwantedSessions() > 0).count();
        if (failures > 0) {
            say(failures + " runs had errors or started OrderDesk sessions");
            System.exit(1);
        }
    }

    /** Per level: each page's requests/s over its rounds (mean) and OrderDesk's pages against the tracking page. */
    private static String summary(int[] levels, Map<String, List<Run>> byLevelAndPage) {
        StringBuilder table = new StringBuilder("""
                ### Requests/s per page (mean of the rounds) and OrderDesk against Cargo Tracker's tracking page

                | clients | %s | product / tracking | catalog / tracking |
                |---|---|---|---|---|---|---|
                """.formatted(String.join(" | ", PAGES.stream().map(Page::name).toList())));
        for (int level : levels) {
            double[] rates = PAGES.stream().mapToDouble(page -> byLevelAndPage.get(key(level, page)).stream()
                    .mapToDouble(Run::rate).average().orElse(Double.NaN)).toArray();
            table.append("| ").append(level);
            for (double rate : rates) {
                table.append(" | ").append(format(rate));
            }
            table.append(" | %.2f× | %.2f× |\n".formatted(rates[2] / rates[0], rates[3] / rates[0]));
        }
        return table.toString();
    }

    /** The JFR runs, one per page, if the script gave the server's pid. */
    private static String profiles(String base) throws Exception {
        String pid = System.getProperty("peer.jfr.pid", "");
        if (pid.isBlank()) {
            return "";
        }
        int clients = Integer.getInteger("peer.jfr.clients", 16);
        StringBuilder table = new StringBuilder("""

                ### Runs recorded with JFR (%d clients, 10 s; not in the table above)

                | page | requests/s | recording |
                |---|---|---|
                """.formatted(clients));
        for (Page page : PAGES) {
            Path file = Path.of(System.getProperty("peer.jfr.dir", "target/bench-logs"),
                    "peer-pages-" + page.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-") + ".jfr");
            JfrRecording recording = new JfrRecording(pid, file);
            recording.start();
            Run run = new Run(base, page, clients, 10).go();
            recording.dumpAndStop();
            say("recorded " + page.name() + ": " + format(run.rate()) + " requests/s in " + file);
            table.append("| %s | %s | %s |\n".formatted(page.name(), format(run.rate()), file.getFileName()));
        }
        return table.toString();
    }

    private static String key(int level, Page page) {
        return "%03d %d".formatted(level, PAGES.indexOf(page));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static void say(String line) {
        System.out.println("[peer " + java.time.LocalTime.now().withNano(0) + "] " + line);
    }

    /**
     * One page of one application; {@code mayStartSession}: whether a session cookie in its answer is the peer's
     * way of working (Cargo Tracker) or a failure (OrderDesk's anonymous pages, issue 12 part 4).
     */
    record Page(String name, String path, String expected, boolean mayStartSession) {
    }

    /** N clients fetching one page for a fixed time; each client its own connection and no cookie store. */
    private static final class Run {

        private final Page page;
        private final int clients;
        private final double seconds;
        private final HttpRequest request;
        private final Timings timings;
        private final LongAdder sessions = new LongAdder();
        private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

        Run(String base, Page page, int clients, double seconds) {
            this.page = page;
            this.clients = clients;
            this.seconds = seconds;
            this.request = HttpRequest.newBuilder(URI.create(base + page.path())).header("Accept-Language", "en")
                    .timeout(Duration.ofSeconds(30)).build();
            this.timings = new Timings(page.name(), 1 << 16);
        }

        Run go() throws InterruptedException {
            long deadline = System.nanoTime() + (long) (seconds * 1e9);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Thread thread = new Thread(() -> fetchUntil(deadline), "peer-client-" + i);
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            return this;
        }

        private void fetchUntil(long deadline) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            while (System.nanoTime() < deadline) {
                long start = System.nanoTime();
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    timings.add(System.nanoTime() - start);
                    check(response);
                } catch (IOException failed) {
                    error(failed.getClass().getSimpleName());
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private void check(HttpResponse<String> response) {
            if (response.statusCode() != 200) {
                error("HTTP " + response.statusCode());
            } else if (!response.body().contains(page.expected())) {
                error("HTTP 200 without \"" + page.expected() + "\"");
            }
            if (response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"))) {
                sessions.increment();
            }
        }

        private void error(String kind) {
            errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }

        double rate() {
            return timings.count() / seconds;
        }

        long errors() {
            return errors.values().stream().mapToLong(LongAdder::sum).sum();
        }

        long unwantedSessions() {
            return page.mayStartSession() ? 0 : sessions.sum();
        }

        String cells() {
            String errorCell = errors.isEmpty() ? "0" : errors() + " " + errors.keySet();
            return "%s | %d | %.1f | %.1f | %.1f | %s | %d".formatted(format(rate()), timings.count(),
                    timings.percentile(50), timings.percentile(95), timings.percentile(99), errorCell, sessions.sum());
        }
    }
}
