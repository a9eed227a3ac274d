package org.orderdesk.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.orderdesk.security.domain.Roles;

/**
 * Drains the outbox every second by default (orderdesk.mail.drain-interval) on every server instance: under load a
 * confirmation waited for the next pass more than for its sending (p50 2.9 s with a 3 s interval at 32 customers).
 * SMTP is talked to outside any transaction, so a slow mail server never holds database locks, and never slows
 * down the transactions that queue mail. A pass still running when the timer fires again is left to finish; the
 * next pass picks up what is left.
 */
@Singleton
// Starts its own timer: a @Schedule could not take its interval from the configuration.
@Startup
// The timer has no caller: what it calls runs as the system. Only the system may run the job by hand too.
@RunAs(Roles.SYSTEM)
@RolesAllowed(Roles.SYSTEM)
// The timer must not touch tables before they are migrated.
@DependsOn("SchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxTimer {

    /**
     * Drain loops that join the timer's own while a full batch shows that mail is piling up. A mail's time goes
     * mostly to waiting for the SMTP server and the database, so a few connections at once send more; the claims
     * keep them from sending a mail twice.
     */
    static final int EXTRA_LOOPS = 2;

    private static final Logger LOG = Logger.getLogger(OutboxTimer.class.getName());

    private final AtomicBoolean draining = new AtomicBoolean();

    @Inject
    private OutboxDrain drain;

    @Inject
    private ExtraDrainLoop extraLoop;

    /**
     * How often a pass starts. A failed mail is retried at the first pass after its back-off, so this is also the
     * grain of the retries; the test server ticks faster so that its tests sit out retries, not ticks.
     */
    @Inject
    @ConfigProperty(name = "orderdesk.mail.drain-interval", defaultValue = "PT1S")
    private Duration interval;

    @Resource
    private TimerService timers;

    /** Not persistent: every instance drains on its own timer, and a pass missed while stopped is not owed. */
    @PostConstruct
    void startTimer() {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("Unusable outbox drain interval: " + interval);
        }
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(null, false));
    }

    /**
     * Public, so that the class's NOT_SUPPORTED reaches the timer: with a package-private method the whole pass ran
     * in one transaction, and the first refused mail doomed the sending of every other mail in the pass.
     */
    @Timeout
    public void drain() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        try {
            if (drain.drainOnce() == OutboxDrain.BATCH) {
                drainWithExtraLoops();
            }
        } finally {
            draining.set(false);
        }
    }

    /** Only after a full batch: a pass that claimed fewer has taken all that was due. */
    private void drainWithExtraLoops() {
        List<Future<?>> loops = new ArrayList<>();
        for (int i = 0; i < EXTRA_LOOPS; i++) {
            loops.add(extraLoop.drainUntilEmpty());
        }
        drain.drainUntilEmpty();
        loops.forEach(OutboxTimer::await);
    }

    /** Waits for an extra loop, so that the next timer only starts once this pass has ended. */
    private static void await(Future<?> loop) {
        try {
            loop.get();
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "An outbox drain loop stopped; the next pass takes over its mails", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
