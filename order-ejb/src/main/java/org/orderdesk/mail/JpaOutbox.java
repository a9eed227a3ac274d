package org.orderdesk.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.mail.domain.OutboxMail;
import org.orderdesk.security.domain.Roles;

/** The outbox as rows of the shop's database, so that a mail is queued in the transaction that causes it. */
@Stateless
// Queued inside the transaction of whoever caused the mail: a customer, an operator or a job.
@RolesAllowed({Roles.CUSTOMER, Roles.OPERATOR, Roles.SYSTEM})
// Mandatory: a mail queued outside the transaction that causes it could outlive a rollback.
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaOutbox implements Outbox {

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Override
    public void enqueue(OutboxMail mail) {
        em.persist(mail);
    }

    @Override
    public boolean holds(MailKind kind, String eventKey) {
        return !em.createQuery("select m.id from OutboxMail m where m.kind = :kind and m.eventKey = :eventKey")
                .setParameter("kind", kind).setParameter("eventKey", eventKey)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Optional<OutboxMail> find(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }
}
