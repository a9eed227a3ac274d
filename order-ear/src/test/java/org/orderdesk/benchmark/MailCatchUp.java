package org.orderdesk.benchmark;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * The outbox sender's own rate while checkout runs at full load, measured in the load run itself: a delivery rate
 * taken while customers order only shows what checkout produces, so the customers order with the SMTP server down
 * until a backlog has built up, then the server comes back while they go on ordering, and the mails delivered
 * while the backlog lasts (until it is down to a tenth) over that time is what the sender manages. The run
 * command's retry back-off is short in this run (checkout-load.sh sets it), so that the failed mails are due again
 * at once and the rate is the sender's, not the retry policy's.
 */
final class MailCatchUp {

    /** The backlog counts as worked off below this share of itself: the rest is the steady queue of new orders. */
    private static final double WORKED_OFF = 0.1;

    record Phases(double warmUp, double hold, double catchUp) {
    }

    /** window: from the SMTP server's return to the end, when the confirmations of new orders meet the backlog. */
    record Result(Phases phases, int customers, long backlog, double seconds, long orders, double backlogSeconds,
                  long mailsWhileBacklog, long pendingAtEnd, LoadLevel.Window window) {

        double ordersPerSecond() {
            return orders / seconds;
        }

        double mailsPerSecond() {
            return mailsWhileBacklog / backlogSeconds;
        }

        String markdown() {
            return """

                    ### Mail catch-up at %d customers

                    SMTP down for %.0f s while the customers ordered, then up again for %.0f s while they went on.

                    | backlog when SMTP came back | orders/s meanwhile | backlog worked off in s | mails delivered meanwhile | sender mails/s | sender ÷ checkout | pending at end |
                    |---|---|---|---|---|---|---|
                    | %d | %.1f | %.1f | %d | %.1f | %.1f× | %d |
                    """.formatted(customers, phases.hold(), phases.catchUp(), backlog, ordersPerSecond(),
                    backlogSeconds, mailsWhileBacklog, mailsPerSecond(), mailsPerSecond() / ordersPerSecond(),
                    pendingAtEnd);
        }
    }

    private final List<VirtualCustomer> customers;
    private final ServerProbe probe;
    private final GreenMailProcess smtp;
    private final Phases phases;

    MailCatchUp(List<VirtualCustomer> customers, ServerProbe probe, GreenMailProcess smtp, Phases phases) {
        this.customers = customers;
        this.probe = probe;
        this.smtp = smtp;
        this.phases = phases;
    }

    Result run() throws IOException, InterruptedException, ExecutionException, TimeoutException {
        LoadLevel crowd = new LoadLevel(customers, null, probe, Optional.empty());
        List<Thread> threads = crowd.startCustomers();
        LoadLevel.sleep(phases.warmUp());
        smtp.stop();
        LoadLevel.sleep(phases.hold());
        long backlog = probe.mailPending();
        smtp.start();
        Instant back = Instant.now();
        LoadStats stats = new LoadStats();
        long started = System.nanoTime();
        crowd.measure(stats);
        double backlogSeconds = Double.NaN;
        long mailsWhileBacklog = 0;
        List<String> recipients = customers.stream().map(VirtualCustomer::email).toList();
        while (secondsSince(started) < phases.catchUp()) {
            LoadLevel.sleep(0.5);
            if (Double.isNaN(backlogSeconds) && probe.mailPending() <= backlog * WORKED_OFF) {
                backlogSeconds = secondsSince(started);
                mailsWhileBacklog = probe.mailsReceived(recipients);
            }
        }
        crowd.measure(null);
        double seconds = secondsSince(started);
        if (Double.isNaN(backlogSeconds)) {
            // never worked off: the sender was busy all along, so the whole window shows its rate
            backlogSeconds = seconds;
            mailsWhileBacklog = probe.mailsReceived(recipients);
        }
        crowd.stop(threads);
        return new Result(phases, customers.size(), backlog, seconds, stats.orders(), backlogSeconds, mailsWhileBacklog,
                probe.mailPending(), new LoadLevel.Window(back, Instant.now()));
    }

    private static double secondsSince(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
