package org.orderdesk.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import org.orderdesk.security.domain.AddressFailures;
import org.orderdesk.security.domain.Roles;

/** Makes an address's row for AddressThrottle, tolerating a peer (thread or instance) that makes it at once. */
@Stateless
@RolesAllowed(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AddressRows {

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    /**
     * Inserts the address with no failures unless it is there. A duplicate key means a peer's insert won: this
     * transaction is then only rolled back (the failed flush marked it), and the caller finds the peer's row.
     */
    public void insertIfAbsent(String address, Instant now) {
        if (em.find(AddressFailures.class, address) != null) {
            return;
        }
        try {
            em.persist(new AddressFailures(address, now));
            em.flush();
        } catch (PersistenceException peerWasFirst) {
            // Nothing to do: the row exists, which is all the caller needs.
        }
    }
}
