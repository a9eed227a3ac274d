package org.orderdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.EmailVerification;

@ApplicationScoped
public class JpaEmailVerificationRepository implements EmailVerificationRepository {

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Override
    public Optional<EmailVerification> findByHash(String tokenHash) {
        return em.createQuery("select v from EmailVerification v where v.tokenHash = :hash", EmailVerification.class)
                .setParameter("hash", tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<EmailVerification> find(long id) {
        return Optional.ofNullable(em.find(EmailVerification.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<EmailVerification> findByAccountForUpdate(Account account) {
        return em.createQuery("select v from EmailVerification v where v.account = :account", EmailVerification.class)
                .setParameter("account", account)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public boolean isPending(Account account) {
        return !em.createQuery("select v.id from EmailVerification v where v.account = :account", Long.class)
                .setParameter("account", account)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public void add(EmailVerification verification) {
        em.persist(verification);
        em.flush();
    }

    @Override
    public void remove(EmailVerification verification) {
        em.remove(verification);
    }
}
