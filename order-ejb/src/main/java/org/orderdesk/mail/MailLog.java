package org.orderdesk.mail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.orderdesk.mail.domain.MailState;
import org.orderdesk.mail.domain.OutboxMail;
import org.orderdesk.platform.ReadModel;
import org.orderdesk.platform.Slice;
import org.orderdesk.security.domain.Roles;

/**
 * The operators' view of the outbox: every mail with its state, tries and last error, the mail itself, and
 * re-sending (a new outbox row that refers to the first, so the log keeps both).
 */
@Stateless
@ReadModel
@RolesAllowed(Roles.OPERATOR)
public class MailLog {

    public static final int PAGE_SIZE = 30;

    private static final Logger LOG = Logger.getLogger(MailLog.class.getName());

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** Newest first; a state narrows the list (FAILED is what operators look for). */
    public Slice<MailLogRow> list(MailState state, @Min(1) int page) {
        String where = state == null ? "" : " where m.state = :state";
        var count = em.createQuery("select count(m) from OutboxMail m" + where, Long.class);
        var rows = em.createQuery("""
                select new org.orderdesk.mail.MailLogRow(m.id, m.kind, m.eventKey, m.recipient, m.subject, m.state,
                    m.attempts, m.lastError, m.createdAt, m.sentAt, m.resendOf)
                from OutboxMail m""" + where + " order by m.id desc", MailLogRow.class);
        if (state != null) {
            count.setParameter("state", state);
            rows.setParameter("state", state);
        }
        List<MailLogRow> items = rows.setFirstResult(Slice.firstRow(page, PAGE_SIZE)).setMaxResults(PAGE_SIZE)
                .getResultList();
        return new Slice<>(items, count.getSingleResult(), page, PAGE_SIZE);
    }

    public Optional<MailLogEntry> mail(@NotNull Long id) {
        return outbox.find(id).map(MailLogEntry::of);
    }

    /** Queues the mail again as a new row; returns the new row's id. */
    public Long resend(@NotNull Long id) {
        OutboxMail original = outbox.find(id).orElseThrow(() -> new IllegalArgumentException("No mail " + id));
        OutboxMail copy = original.resend(clock.instant());
        // The id is drawn from the sequence table as the row is persisted, before it is written.
        outbox.enqueue(copy);
        String operator = session.getCallerPrincipal().getName();
        LOG.info(() -> operator + " re-sent mail " + id + " as " + copy.id());
        return copy.id();
    }

    /** Only counts: the readiness check and the metrics, which anyone may read, show them too. */
    @PermitAll
    public MailHealth health() {
        List<Object[]> counts = em.createQuery(
                        "select m.state, count(m) from OutboxMail m where m.state <> :sent group by m.state",
                        Object[].class)
                .setParameter("sent", MailState.SENT)
                .getResultList();
        long pending = 0;
        long failed = 0;
        for (Object[] row : counts) {
            if (row[0] == MailState.FAILED) {
                failed = (Long) row[1];
            } else {
                pending += (Long) row[1];
            }
        }
        return new MailHealth(pending, failed);
    }
}
