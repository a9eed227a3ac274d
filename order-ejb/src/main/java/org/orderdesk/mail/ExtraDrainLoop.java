package org.orderdesk.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.Future;
import org.orderdesk.security.domain.Roles;

/**
 * A drain loop on a thread of the EJB container's asynchronous pool, for OutboxTimer to run beside its own while
 * mail piles up. The container's pool, not an executor the application defines: such a definition did not
 * resolve when the same classes run as a WAR on Payara Micro.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExtraDrainLoop {

    @Inject
    private OutboxDrain drain;

    /** Drains until nothing is due; the future ends with the loop. */
    @Asynchronous
    public Future<Void> drainUntilEmpty() {
        drain.drainUntilEmpty();
        return new AsyncResult<>(null);
    }
}
