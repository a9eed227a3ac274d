package org.orderdesk.benchmark;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One concurrency level of the load run: the first N customers loop the journey through a warm-up, then a
 * measured window, then stop; the mail backlog is read at the end and the container's ceiling measured last,
 * with the same number of clients.
 */
final class LoadLevel {

    /** A level's figures; rates are per second of the measured window. */
    record Result(int customers, LoadStats stats, double seconds, double mailsPerSecond, long mailPending,
                  double healthPerSecond, Window window) {

        double loopsPerSecond() {
            return stats.loops().count() / seconds;
        }

        double ordersPerSecond() {
            return stats.orders() / seconds;
        }

        /** Orders/s as a share of what the container serves: a loop is five requests. */
        double percentOfCeiling() {
            return 100 * ordersPerSecond() / (healthPerSecond / CheckoutJourney.STEPS.size());
        }
    }

    /** The measured window by the wall clock, to find the orders and mails it made in the database afterwards. */
    record Window(Instant start, Instant end) {
    }

    /** How long each phase lasts, in seconds. */
    record Phases(double warmUp, double measured, double health) {
    }

    private final List<VirtualCustomer> customers;
    private final Phases phases;
    private final ServerProbe probe;
    private final Optional<JfrRecording> jfr;
    private volatile LoadStats window;
    private volatile boolean running = true;

    LoadLevel(List<VirtualCustomer> customers, Phases phases, ServerProbe probe, Optional<JfrRecording> jfr) {
        this.customers = customers;
        this.phases = phases;
        this.probe = probe;
        this.jfr = jfr;
    }

    Result run() throws IOException, InterruptedException {
        probe.purgeMail();
        List<Thread> threads = startCustomers();
        sleep(phases.warmUp());
        LoadStats stats = new LoadStats();
        List<String> recipients = customers.stream().map(VirtualCustomer::email).toList();
        startRecording();
        long mailsBefore = probe.mailsReceived(recipients);
        long started = System.nanoTime();
        Instant windowStart = Instant.now();
        window = stats;
        sleep(phases.measured());
        window = null;
        Instant windowEnd = Instant.now();
        double seconds = (System.nanoTime() - started) / 1e9;
        long mails = probe.mailsReceived(recipients) - mailsBefore;
        double mailSeconds = (System.nanoTime() - started) / 1e9;  // up to the second count
        stopRecording();
        stop(threads);
        return new Result(customers.size(), stats, seconds, mails / mailSeconds, probe.mailPending(),
                probe.healthRate(customers.size(), phases.health()), new Window(windowStart, windowEnd));
    }

    private List<Thread> startCustomers() {
        List<Thread> threads = new ArrayList<>();
        for (VirtualCustomer customer : customers) {
            Thread thread = new Thread(() -> loopUntilStopped(customer), "customer-" + customer.email());
            thread.start();
            threads.add(thread);
        }
        return threads;
    }

    private void loopUntilStopped(VirtualCustomer customer) {
        try {
            while (running) {
                customer.loop(() -> window);
            }
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets every customer finish the loop it is in, so that no cart is left half-way for the next level. */
    private void stop(List<Thread> threads) throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private void startRecording() throws IOException, InterruptedException {
        if (jfr.isPresent()) {
            jfr.get().start();
        }
    }

    private void stopRecording() throws IOException, InterruptedException {
        if (jfr.isPresent()) {
            jfr.get().dumpAndStop();
        }
    }

    private static void sleep(double seconds) throws InterruptedException {
        Thread.sleep((long) (seconds * 1000));
    }
}
