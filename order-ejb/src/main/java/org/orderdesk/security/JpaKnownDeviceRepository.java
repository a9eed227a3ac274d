package org.orderdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.KnownDevice;

@ApplicationScoped
public class JpaKnownDeviceRepository implements KnownDeviceRepository {

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Override
    public Optional<KnownDevice> find(Account account, String tokenHash) {
        return em.createQuery("select d from KnownDevice d where d.account = :account and d.tokenHash = :hash",
                        KnownDevice.class)
                .setParameter("account", account)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }

    @Override
    public boolean hasAny(Account account) {
        return !em.createQuery("select d.id from KnownDevice d where d.account = :account", Long.class)
                .setParameter("account", account)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public void add(KnownDevice device) {
        em.persist(device);
    }

    @Override
    public int removeUnusedSince(Instant before) {
        return em.createQuery("delete from KnownDevice d where d.lastLoginAt < :before")
                .setParameter("before", before)
                .executeUpdate();
    }
}
