package org.orderdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.PasswordResetToken;

@ApplicationScoped
public class JpaPasswordResetTokenRepository implements PasswordResetTokenRepository {

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    /** Locked, so that two requests with the same link cannot both spend it. */
    @Override
    public Optional<PasswordResetToken> findByHash(String tokenHash) {
        return em.createQuery("select t from PasswordResetToken t where t.tokenHash = :hash",
                        PasswordResetToken.class)
                .setParameter("hash", tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<PasswordResetToken> find(Long id) {
        return Optional.ofNullable(em.find(PasswordResetToken.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(PasswordResetToken token) {
        em.persist(token);
        em.flush();
    }

    @Override
    public void spendAll(Account account, Instant now) {
        em.createQuery("""
                        update PasswordResetToken t set t.usedAt = :now
                        where t.account = :account and t.usedAt is null""")
                .setParameter("now", now)
                .setParameter("account", account)
                .executeUpdate();
    }
}
