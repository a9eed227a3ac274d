package org.orderdesk.order;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.security.domain.Roles;

/**
 * The two deadlines an order can miss, enforced every minute (orderdesk.order.deadline-interval) on every server
 * instance: an order paid online that
 * nobody paid in time is cancelled, and an order nobody collected from its pickup point is sent back. Either way
 * its stock returns and the customer is mailed. Each order is handled in a transaction of its own under a row lock
 * and checked again there, so two instances running at once, or a payment arriving at the same moment, leave each
 * order with exactly one outcome.
 */
@Singleton
// Starts its own timer: a @Schedule could not take its interval from the configuration.
@Startup
// The timer has no caller: what it calls runs as the system. Only the system may run the jobs by hand too.
@RunAs(Roles.SYSTEM)
@RolesAllowed(Roles.SYSTEM)
// The timer must not touch tables before they are migrated.
@DependsOn("SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrderDeadlines {

    private static final Logger LOG = Logger.getLogger(OrderDeadlines.class.getName());
    private static final int BATCH = 100;

    @Inject
    private OrderRepository orders;

    @Inject
    private OrderOperations operations;

    @Inject
    private Clock clock;

    /**
     * How often the deadlines are enforced: whole seconds that divide a minute, or whole minutes that divide an
     * hour. The cluster's test ticks every few seconds, so that it sees both instances' runs meet without waiting
     * a minute for each.
     */
    @Inject
    @ConfigProperty(name = "orderdesk.order.deadline-interval", defaultValue = "PT1M")
    private Duration interval;

    @Resource
    private TimerService timers;

    /**
     * A calendar timer, not an interval one: every instance then runs at the same seconds of the clock (second 0 of
     * every minute by default, as the @Schedule before it did), so the instances' runs meet on purpose and the row
     * locks, not the instances' start times, keep them from handling an order twice. Not persistent: every
     * instance runs its own, and a run missed while stopped is made up by the next.
     */
    @PostConstruct
    void startTimer() {
        timers.createCalendarTimer(everyInterval(interval), new TimerConfig(null, false));
    }

    static ScheduleExpression everyInterval(Duration interval) {
        long seconds = interval.getSeconds();
        if (interval.getNano() == 0 && seconds > 0 && seconds < 60 && 60 % seconds == 0) {
            return new ScheduleExpression().hour("*").minute("*").second("*/" + seconds);
        }
        long minutes = seconds / 60;
        if (interval.getNano() == 0 && seconds % 60 == 0 && minutes > 0 && 60 % minutes == 0) {
            return new ScheduleExpression().hour("*").minute(minutes == 1 ? "*" : "*/" + minutes).second("0");
        }
        throw new IllegalArgumentException("Unusable order deadline interval (whole seconds dividing a minute, or"
                + " whole minutes dividing an hour): " + interval);
    }

    /** Public, like OutboxTimer.drain: so that no transaction spans the run and each order gets its own. */
    @Timeout
    public void enforceNow() {
        Instant now = clock.instant();
        cancelUnpaid(now);
        returnExpired(now);
    }

    /** Cancels every order whose time to pay ran out by the instant; the job passes the clock's time. */
    public int cancelUnpaid(Instant now) {
        return handleAll(() -> orders.findPaymentOverdueAt(now, BATCH), number -> operations.cancelIfUnpaid(number, now),
                number -> "Order " + number + " was not paid in time; it is cancelled");
    }

    /** Returns every order whose storage ended before the instant; the job passes the clock's time. */
    public int returnExpired(Instant now) {
        return handleAll(() -> orders.findStorageEndedBefore(now, BATCH),
                number -> operations.returnIfStorageEnded(number, now),
                number -> "Storage of order " + number + " ended; the order is returned");
    }

    /** Batch after batch while full batches come and get handled; an order that keeps failing cannot loop it. */
    private static int handleAll(Supplier<List<OrderNumber>> nextBatch, Predicate<OrderNumber> action,
                                 Function<OrderNumber, String> done) {
        int total = 0;
        List<OrderNumber> due;
        int handled;
        do {
            due = nextBatch.get();
            handled = handle(due, action, done);
            total += handled;
        } while (due.size() == BATCH && handled > 0);
        return total;
    }

    /**
     * One order's failure leaves the others to their own transactions; the next run tries it again. What was done is
     * logged here, once the action's own transaction (REQUIRES_NEW) has committed: logged inside it, a line would
     * claim a change that a failed commit had undone, or that another instance made instead.
     */
    private static int handle(List<OrderNumber> due, Predicate<OrderNumber> action, Function<OrderNumber, String> done) {
        int handled = 0;
        for (OrderNumber number : due) {
            try {
                if (action.test(number)) {
                    handled++;
                    LOG.info(() -> done.apply(number));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not handle the deadline of order " + number + "; the next run tries again", e);
            }
        }
        return handled;
    }
}
