package org.orderdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.AccountSession;

@ApplicationScoped
public class JpaAccountSessionRepository implements AccountSessionRepository {

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Override
    public Optional<AccountSession> findByKey(String sessionKey) {
        // One query per request of a logged-in session: the account comes in the same statement.
        return em.createQuery("select s from AccountSession s join fetch s.account where s.sessionKey = :key",
                        AccountSession.class)
                .setParameter("key", sessionKey)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<AccountSession> find(long id) {
        return Optional.ofNullable(em.find(AccountSession.class, id));
    }

    @Override
    public List<AccountSession> activeOf(Account account, Instant activeSince) {
        return em.createQuery("select s from AccountSession s where s.account = :account"
                        + " and s.credentialsVersion = :version and s.lastSeenAt >= :since"
                        + " order by s.lastSeenAt desc, s.id desc", AccountSession.class)
                .setParameter("account", account)
                .setParameter("version", account.credentialsVersion())
                .setParameter("since", activeSince)
                .getResultList();
    }

    @Override
    public void add(AccountSession session) {
        em.persist(session);
    }

    @Override
    public void remove(AccountSession session) {
        em.remove(session);
    }

    @Override
    public int removeAllBut(Account account, String keptKey) {
        return em.createQuery("delete from AccountSession s where s.account = :account and s.sessionKey <> :key")
                .setParameter("account", account)
                .setParameter("key", keptKey)
                .executeUpdate();
    }

    @Override
    public int removeIdleOrOpenedBefore(Instant idleSince, Instant openedBefore) {
        return em.createQuery("delete from AccountSession s where s.lastSeenAt < :idle or s.openedAt < :opened")
                .setParameter("idle", idleSince)
                .setParameter("opened", openedBefore)
                .executeUpdate();
    }
}
