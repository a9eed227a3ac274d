package org.orderdesk.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.orderdesk.mail.domain.MailState;
import org.orderdesk.mail.domain.OutboxMail;
import org.orderdesk.security.domain.Roles;

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

    /**
     * Mails never tried come first, then the retries by the number of their failures, each group oldest due
     * first. Someone is waiting for a first try now (a customer who has just placed an order, a reset link asked
     * for a moment ago), while a retry is late already: after an SMTP outage, or with a backlog kept from one, a
     * new confirmation waited behind every mail that had failed (18 s at the median, 22 s at the 99th percentile
     * in a load run's catch-up; 1 s and 3 s with this order: docs/BENCHMARKS.md). Retries get what first tries
     * leave, which is all but a moment whenever the sender keeps pace with the shop. Rows are claimed in one fixed order, so that two claimers never wait for each other's
     * rows crosswise; the due index (state, attempts, nextAttemptAt) holds them in that order.
     */
    public List<Long> claimDue(Instant now, Duration lease, int limit) {
        List<Long> due = em.createQuery("""
                        select m.id from OutboxMail m
                        where m.state = :pending and m.nextAttemptAt <= :now
                          and (m.leaseUntil is null or m.leaseUntil < :now)
                        order by m.attempts, m.nextAttemptAt, m.id""", Long.class)
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

    /**
     * The claimed mails, in the order they were claimed (first tries first, then by failures, each oldest due first), in one query. The query has one bind
     * parameter per id, so each size of a batch was a statement of its own text, which Derby compiled anew whenever
     * it had left its statement cache: drainers racing for the same rows claim batches of every size, and in a mail
     * catch-up at 32 customers compiling took 42 % of the sender's CPU (docs/BENCHMARKS.md). The list is therefore
     * padded to a full batch with its last id, which an IN list takes once: one text, compiled once.
     */
    public List<OutboxMail> load(List<Long> ids) {
        return em.createQuery("select m from OutboxMail m where m.id in :ids order by m.attempts, m.nextAttemptAt, m.id",
                        OutboxMail.class)
                .setParameter("ids", paddedToABatch(ids))
                .getResultList();
    }

    static List<Long> paddedToABatch(List<Long> ids) {
        if (ids.isEmpty() || ids.size() >= OutboxDrain.BATCH) {
            return ids;
        }
        List<Long> padded = new ArrayList<>(ids);
        while (padded.size() < OutboxDrain.BATCH) {
            padded.add(ids.get(ids.size() - 1));
        }
        return padded;
    }

    /**
     * One mail, committed as soon as the SMTP server has accepted it: an instance that dies in the middle of a
     * batch leaves only the mails in flight (on the wire, or accepted and being marked) to be sent again by
     * another, never the ones already marked. An update by id, so that the mail's bodies are not read back for it.
     * <p>
     * Asynchronous, so that the sender goes on to the next mail while this commits: waiting for a commit (a log
     * flush) per mail halved the sender's rate under load (docs/BENCHMARKS.md), and marks committing at the same
     * moment share a flush. The mail stays leased meanwhile, so no other sender takes it.
     */
    @Asynchronous
    public void markSent(Long id, Instant now) {
        em.createQuery("""
                        update OutboxMail m set m.state = :sent, m.sentAt = :now, m.leaseUntil = null,
                          m.attempts = m.attempts + 1
                        where m.id = :id""")
                .setParameter("sent", MailState.SENT)
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate();
    }

    public void markFailed(Long id, String error, Instant now, Duration backOff, int maxAttempts) {
        em.find(OutboxMail.class, id).recordFailure(error, now, backOff, maxAttempts);
    }
}
