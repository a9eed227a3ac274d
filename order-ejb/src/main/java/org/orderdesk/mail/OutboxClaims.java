package org.orderdesk.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.orderdesk.security.Roles;

/**
 * The database decides which sender delivers a mail: a claim is a conditional update that only one transaction
 * can win, so any number of server instances may drain the outbox at once. Each step commits on its own.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxClaims {

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    /** Rows are claimed in one fixed order, so that two claimers never wait for each other's rows crosswise. */
    public List<Long> claimDue(Instant now, Duration lease, int limit) {
        List<Long> due = em.createQuery("""
                        select m.id from OutboxMail m
                        where m.state = :pending and m.nextAttemptAt <= :now
                          and (m.leaseUntil is null or m.leaseUntil < :now)
                        order by m.nextAttemptAt, m.id""", Long.class)
                .setParameter("pending", MailState.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
        List<Long> claimed = new ArrayList<>();
        for (Long id : due) {
            int won = em.createQuery("""
                            update OutboxMail m set m.leaseUntil = :lease
                            where m.id = :id and m.state = :pending
                              and (m.leaseUntil is null or m.leaseUntil < :now)""")
                    .setParameter("lease", now.plus(lease))
                    .setParameter("id", id)
                    .setParameter("pending", MailState.PENDING)
                    .setParameter("now", now)
                    .executeUpdate();
            if (won == 1) {
                claimed.add(id);
            }
        }
        return claimed;
    }

    /** The claimed mails, in the order they were claimed (oldest due first), in one query. */
    public List<OutboxMail> load(List<Long> ids) {
        return em.createQuery("select m from OutboxMail m where m.id in :ids order by m.nextAttemptAt, m.id",
                        OutboxMail.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** A whole batch in one transaction: once mails share a connection, a commit per mail would set the pace. */
    public void markSent(List<Long> ids, Instant now) {
        if (!ids.isEmpty()) {
            load(ids).forEach(mail -> mail.markSent(now));
        }
    }

    public void markFailed(Long id, String error, Instant now, Duration backOff, int maxAttempts) {
        em.find(OutboxMail.class, id).recordFailure(error, now, backOff, maxAttempts);
    }
}
