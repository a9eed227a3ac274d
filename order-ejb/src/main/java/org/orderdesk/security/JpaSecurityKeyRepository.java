package org.orderdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.SecurityKey;

@ApplicationScoped
public class JpaSecurityKeyRepository implements SecurityKeyRepository {

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Override
    public List<SecurityKey> of(Account account) {
        return em.createQuery("select k from SecurityKey k where k.account = :account order by k.createdAt, k.id",
                        SecurityKey.class)
                .setParameter("account", account)
                .getResultList();
    }

    @Override
    public Optional<SecurityKey> find(Account account, long id) {
        return em.createQuery("select k from SecurityKey k where k.account = :account and k.id = :id",
                        SecurityKey.class)
                .setParameter("account", account)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public boolean isRegistered(String credentialId) {
        return !em.createQuery("select k.id from SecurityKey k where k.credentialId = :credentialId", Long.class)
                .setParameter("credentialId", credentialId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public void add(SecurityKey key) {
        em.persist(key);
    }

    @Override
    public void remove(SecurityKey key) {
        em.remove(key);
    }

    @Override
    public int removeAll(Account account) {
        return em.createQuery("delete from SecurityKey k where k.account = :account")
                .setParameter("account", account)
                .executeUpdate();
    }
}
