package org.orderdesk.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.orderdesk.security.domain.AddressFailures;
import org.orderdesk.security.domain.Roles;

/**
 * Wrong passwords per client address (AddressFailures), in the database, so that every server instance reads and
 * adds to one count. Runs in the login's transaction; a failure is counted under the address's row lock, so
 * parallel attempts from one address, on one instance or several, all count.
 */
@Stateless
// LoginService calls as the system; the pruning timer has no caller and runs as the system too.
@RunAs(Roles.SYSTEM)
@RolesAllowed(Roles.SYSTEM)
public class AddressThrottle {

    private static final Logger LOG = Logger.getLogger(AddressThrottle.class.getName());

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Inject
    private AddressRows rows;

    @Inject
    private LoginThrottles throttles;

    @Inject
    private Clock clock;

    public boolean isThrottled(String address, Instant now) {
        AddressFailures failures = em.find(AddressFailures.class, address);
        return failures != null && failures.isThrottledAt(now);
    }

    public void recordFailure(String address, Instant now) {
        AddressFailures failures = em.find(AddressFailures.class, address, LockModeType.PESSIMISTIC_WRITE);
        if (failures == null) {
            // Made in a transaction of its own, which a peer making the same row at the same moment may win:
            // either way the row exists now, and is locked here before it is counted on.
            rows.insertIfAbsent(address, now);
            failures = em.find(AddressFailures.class, address, LockModeType.PESSIMISTIC_WRITE);
        }
        failures.recordFailure(now, throttles.address());
    }

    /**
     * Deletes the rows of addresses whose failures are forgotten (LoginThrottle.isForgottenAt), so that a flood of
     * addresses cannot fill the table. On every instance; a row deleted twice or counted on meanwhile is harmless.
     */
    @Schedule(minute = "*/10", hour = "*", persistent = false)
    public void forgetOld() {
        int deleted = em.createQuery("delete from AddressFailures f where f.throttledUntil < :before")
                .setParameter("before", clock.instant().minus(throttles.address().maxDelay()))
                .executeUpdate();
        LOG.fine(() -> "Forgot the login failures of " + deleted + " addresses");
    }
}
