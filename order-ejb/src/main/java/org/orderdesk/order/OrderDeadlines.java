package org.orderdesk.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.orderdesk.security.Roles;

/**
 * The two deadlines an order can miss, enforced every minute on every server instance: an order paid online that
 * nobody paid in time is cancelled, and an order nobody collected from its pickup point is sent back. Either way
 * its stock returns and the customer is mailed. Each order is handled in a transaction of its own under a row lock
 * and checked again there, so two instances running at once, or a payment arriving at the same moment, leave each
 * order with exactly one outcome.
 */
@Singleton
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

    /** Public, like OutboxTimer.drain: so that no transaction spans the run and each order gets its own. */
    @Schedule(minute = "*", hour = "*", persistent = false)
    public void enforceNow() {
        Instant now = clock.instant();
        cancelUnpaid(now);
        returnExpired(now);
    }

    /** Cancels every order whose time to pay ran out by the instant; the job passes the clock's time. */
    public int cancelUnpaid(Instant now) {
        return handleAll(() -> orders.findPaymentOverdueAt(now, BATCH), number -> operations.cancelIfUnpaid(number, now));
    }

    /** Returns every order whose storage ended before the instant; the job passes the clock's time. */
    public int returnExpired(Instant now) {
        return handleAll(() -> orders.findStorageEndedBefore(now, BATCH),
                number -> operations.returnIfStorageEnded(number, now));
    }

    /** Batch after batch while full batches come and get handled; an order that keeps failing cannot loop it. */
    private static int handleAll(Supplier<List<String>> nextBatch, Predicate<String> action) {
        int total = 0;
        List<String> due;
        int handled;
        do {
            due = nextBatch.get();
            handled = handle(due, action);
            total += handled;
        } while (due.size() == BATCH && handled > 0);
        return total;
    }

    /** One order's failure leaves the others to their own transactions; the next run tries it again. */
    private static int handle(List<String> due, Predicate<String> action) {
        int handled = 0;
        for (String number : due) {
            try {
                if (action.test(number)) {
                    handled++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not handle the deadline of order " + number + "; the next run tries again", e);
            }
        }
        return handled;
    }
}
