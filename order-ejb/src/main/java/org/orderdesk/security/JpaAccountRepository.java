package org.orderdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.Role;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Override
    public Optional<Account> findByEmail(String email) {
        return em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Account> findByEmailForUpdate(String email) {
        return em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Long> credentialsVersion(String email) {
        List<Long> versions = em.createQuery("select a.credentialsVersion from Account a where a.email = :email",
                        Long.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultList();
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        // A row from before the column existed holds null: version 0, as Account reads it.
        Long version = versions.get(0);
        return Optional.of(version == null ? 0L : version);
    }

    @Override
    public List<Account> operators() {
        return em.createQuery("select a from Account a where a.role = :role order by a.email", Account.class)
                .setParameter("role", Role.OPERATOR)
                .getResultList();
    }

    @Override
    public void add(Account account) {
        em.persist(account);
    }

    @Override
    public List<StoredPasswordHash> passwordHashesWithout(String prefix) {
        return em.createQuery("select new org.orderdesk.security.StoredPasswordHash(a.id, a.passwordHash)"
                        + " from Account a where a.passwordHash not like :prefix", StoredPasswordHash.class)
                // The prefixes asked for (PepperedPasswordHash.MARK) hold no LIKE wildcards to escape.
                .setParameter("prefix", prefix + "%")
                .getResultList();
    }

    @Override
    public boolean replacePasswordHash(long accountId, String expected, String replacement) {
        return em.createQuery("update Account a set a.passwordHash = :replacement"
                        + " where a.id = :id and a.passwordHash = :expected")
                .setParameter("replacement", replacement)
                .setParameter("id", accountId)
                .setParameter("expected", expected)
                .executeUpdate() == 1;
    }
}
