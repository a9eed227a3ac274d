package org.orderdesk.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.orderdesk.security.Roles;

/**
 * Sends back orders nobody collected: every minute, on every server instance, orders whose storage at the pickup
 * point has ended move from AWAITING_PICKUP to RETURNED, their stock returns and the customer is mailed. Each
 * order is returned in a transaction of its own under a row lock, re-checked there, so two instances running at
 * once return each order once.
 */
@Singleton
// The timer has no caller: what it calls runs as the system. Only the system may run the job by hand too.
@RunAs(Roles.SYSTEM)
@RolesAllowed(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StorageExpiry {

    private static final Logger LOG = Logger.getLogger(StorageExpiry.class.getName());
    private static final int BATCH = 100;

    @Inject
    private OrderRepository orders;

    @Inject
    private OrderOperations operations;

    @Inject
    private Clock clock;

    /** Public, like OutboxSender.drain: so that no transaction spans the run and each order gets its own. */
    @Schedule(minute = "*", hour = "*", persistent = false)
    public void returnExpiredNow() {
        returnExpired(clock.instant());
    }

    /** Returns every order whose storage ended before the instant; the job passes the clock's time. */
    public int returnExpired(Instant now) {
        int returned = 0;
        for (String number : orders.findStorageEndedBefore(now, BATCH)) {
            try {
                if (operations.returnIfStorageEnded(number, now)) {
                    returned++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not return order " + number + "; the next run tries again", e);
            }
        }
        return returned;
    }
}
