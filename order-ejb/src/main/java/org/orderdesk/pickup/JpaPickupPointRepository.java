package org.orderdesk.pickup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.orderdesk.pickup.domain.PickupPoint;

@ApplicationScoped
public class JpaPickupPointRepository implements PickupPointRepository {

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Override
    public List<PickupPoint> findAll() {
        return em.createQuery("select p from PickupPoint p order by p.code", PickupPoint.class).getResultList();
    }

    @Override
    public Optional<PickupPoint> findByCode(String code) {
        // Pickup points are never changed by the transactions that look one up (checkout, the desk): no flush first.
        return em.createQuery("select p from PickupPoint p where p.code = :code", PickupPoint.class)
                .setParameter("code", code)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream().findFirst();
    }

    @Override
    public void add(PickupPoint point) {
        em.persist(point);
    }
}
