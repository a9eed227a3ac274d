package org.orderdesk.pickup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.orderdesk.pickup.domain.PickupCodeTry;

@ApplicationScoped
public class JpaPickupCodeTries implements PickupCodeTries {

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Override
    public void add(String operatorEmail, String pointCode, Instant triedAt) {
        em.persist(new PickupCodeTry(operatorEmail, pointCode, triedAt));
    }

    @Override
    public void forget(String operatorEmail, Instant before) {
        em.createQuery("delete from PickupCodeTry t where t.operatorEmail = :operator and t.triedAt < :before")
                .setParameter("operator", operatorEmail)
                .setParameter("before", before)
                .executeUpdate();
    }

    @Override
    public List<Instant> latestOfOperator(String operatorEmail, Instant since, int max) {
        return latest(" and t.operatorEmail = :key", operatorEmail, since, max);
    }

    @Override
    public List<Instant> latestAtPoint(String pointCode, Instant since, int max) {
        return latest(" and t.pointCode = :key", pointCode, since, max);
    }

    @Override
    public List<Instant> latest(Instant since, int max) {
        return latest("", null, since, max);
    }

    private List<Instant> latest(String condition, String key, Instant since, int max) {
        var query = em.createQuery("select t.triedAt from PickupCodeTry t where t.triedAt > :since" + condition
                        + " order by t.triedAt desc", Instant.class)
                .setParameter("since", since)
                .setMaxResults(max);
        if (key != null) {
            query.setParameter("key", key);
        }
        return query.getResultList();
    }
}
