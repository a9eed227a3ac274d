package org.orderdesk.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.orderdesk.security.Roles;

/** Queues a mail as part of the caller's transaction; the OutboxTimer delivers it once that has committed. */
@Stateless
// Queued inside the transaction of whoever caused the mail: a customer, an operator or a job.
@RolesAllowed({Roles.CUSTOMER, Roles.OPERATOR, Roles.SYSTEM})
public class Outbox {

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    /** Mandatory: a mail queued outside the transaction that causes it could outlive a rollback. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueue(@NotNull @Valid OutboxMail mail) {
        em.persist(mail);
    }

    /** Whether a mail of this event is queued (or sent) already: for notices that must not repeat. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean holds(@NotNull MailKind kind, @NotNull String eventKey) {
        return !em.createQuery("select m.id from OutboxMail m where m.kind = :kind and m.eventKey = :eventKey")
                .setParameter("kind", kind).setParameter("eventKey", eventKey)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
