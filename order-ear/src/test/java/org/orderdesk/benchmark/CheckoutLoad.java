package org.orderdesk.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A checkout load on a running OrderDesk over HTTP: many logged-in customers, each looping product page, "Add
 * to cart", checkout page, "Place order", confirmation with no think time, at several concurrency levels. For
 * each level it reports loops/s and orders/s, p50/p95/p99 per request and per loop, errors by kind, the mail
 * backlog and delivery rate, and the web container's ceiling (/health/live with as many clients).
 *
 * <pre>
 * java -Dit.http.port=18080 -Dload.mailapi.port=18025 -Dload.levels=1,4,8,16,32 -Dload.warmup=10 \
 *      -Dload.seconds=30 -Dload.health=5 [-Dload.jfr.pid=PID -Dload.jfr.level=32 -Dload.jfr.file=F.jfr] \
 *      -cp order-ear/target/test-classes org.orderdesk.benchmark.CheckoutLoad OUT.md
 * </pre>
 * The products it orders must have stock for every order of the run: docs/benchmarks/checkout-load.sh raises
 * the catalog's stock (RaiseStock) before it starts the server.
 */
public final class CheckoutLoad {

    /** Registration and login hash the password (PBKDF2): a few at a time keeps the set-up short. */
    private static final int REGISTERING_AT_ONCE = 4;
    private static final String PASSWORD = "correct horse battery staple";

    private CheckoutLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench-logs/checkout-load.md");
        int[] levels = Arrays.stream(System.getProperty("load.levels", "1,4,8,16,32").split(","))
                .map(String::trim).mapToInt(Integer::parseInt).toArray();
        LoadLevel.Phases phases = new LoadLevel.Phases(seconds("load.warmup", 10), seconds("load.seconds", 30),
                seconds("load.health", 5));
        ServerProbe probe = new ServerProbe(Integer.getInteger("load.mailapi.port", 18025));
        List<VirtualCustomer> customers = customers(Arrays.stream(levels).max().orElseThrow());
        LoadReport report = new LoadReport(phases);
        for (int level : levels) {
            say("level " + level + ": warm-up " + phases.warmUp() + " s, measured " + phases.measured() + " s");
            LoadLevel.Result result = new LoadLevel(customers.subList(0, level), phases, probe, jfrAt(level)).run();
            report.add(result);
            say(report.summaryRow(result));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        String smtpPid = System.getProperty("load.smtp.pid", "");
        if (!smtpPid.isBlank()) {
            MailCatchUp.Result caughtUp = catchUp(customers, probe, Long.parseLong(smtpPid), out);
            report.addSection(caughtUp.markdown());
            report.addWindow(customers.size() + ", catch-up after SMTP came back", caughtUp.window());
        }
        Files.writeString(out, report.markdown());
        Files.writeString(out.resolveSibling("checkout-load-windows.tsv"), report.windows());
        System.out.println(report.markdown());
    }

    /**
     * The mail catch-up with all the run's customers; afterwards, waits until the outbox is empty, so that the mail
     * delay read from the database afterwards finds every confirmation sent.
     */
    private static MailCatchUp.Result catchUp(List<VirtualCustomer> customers, ServerProbe probe, long smtpPid,
                                              Path out)
            throws Exception {
        MailCatchUp.Phases phases = new MailCatchUp.Phases(seconds("load.catchup.warmup", 5),
                seconds("load.catchup.hold", 20), seconds("load.catchup.seconds", 30));
        say("mail catch-up at " + customers.size() + " customers: SMTP down " + phases.hold() + " s, then up "
                + phases.catchUp() + " s");
        try (GreenMailProcess smtp = new GreenMailProcess(smtpPid, Integer.getInteger("load.smtp.port"),
                out.resolveSibling("greenmail-restarted.log"))) {
            MailCatchUp.Result result = new MailCatchUp(customers, probe, smtp, phases).run();
            say(result.markdown());
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (probe.mailPending() > 0 && System.nanoTime() < deadline) {
                LoadLevel.sleep(1);
            }
            return result;
        }
    }

    /** N distinct customers, registered through the shop and logged in once each, names unique to this run. */
    private static List<VirtualCustomer> customers(int n) throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        say("registering and logging in " + n + " customers (load-" + run + "-*@orderdesk.test)");
        ExecutorService pool = Executors.newFixedThreadPool(REGISTERING_AT_ONCE);
        try {
            List<Future<VirtualCustomer>> registered = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int number = i;
                registered.add(pool.submit(() -> VirtualCustomer.registeredAndLoggedIn(
                        "load-" + run + "-" + number + "@orderdesk.test", PASSWORD, number)));
            }
            List<VirtualCustomer> customers = new ArrayList<>();
            for (Future<VirtualCustomer> customer : registered) {
                customers.add(customer.get());
            }
            return customers;
        } finally {
            pool.shutdown();
        }
    }

    /** The recording for the one level that load.jfr.level names, if the script gave the server's pid. */
    private static Optional<JfrRecording> jfrAt(int level) {
        String pid = System.getProperty("load.jfr.pid", "");
        if (pid.isBlank() || level != Integer.getInteger("load.jfr.level", 32)) {
            return Optional.empty();
        }
        return Optional.of(new JfrRecording(pid, Path.of(System.getProperty("load.jfr.file", "checkout-load.jfr"))));
    }

    private static double seconds(String property, double defaultSeconds) {
        return Double.parseDouble(System.getProperty(property, Double.toString(defaultSeconds)));
    }

    private static void say(String line) {
        System.out.println("[load] " + line);
    }
}
