package org.orderdesk.pickup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.orderdesk.pickup.domain.PickupDesk;

@ApplicationScoped
public class JpaPickupDeskRepository implements PickupDeskRepository {

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Override
    public Optional<PickupDesk> find(String operatorEmail) {
        return Optional.ofNullable(em.find(PickupDesk.class, operatorEmail));
    }

    @Override
    public Optional<PickupDesk> findForUpdate(String operatorEmail) {
        return Optional.ofNullable(em.find(PickupDesk.class, operatorEmail, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(PickupDesk desk) {
        em.persist(desk);
    }
}
