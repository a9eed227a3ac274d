package org.orderdesk.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.orderdesk.customer.domain.CustomerNumber;
import org.orderdesk.support.domain.SupportTicket;
import org.orderdesk.support.domain.TicketStatus;

@ApplicationScoped
public class JpaTicketRepository implements TicketRepository {

    private static final String ROWS = """
            select new org.orderdesk.support.TicketRow(t.id, t.topic, t.orderNumber, t.status, t.createdAt,
                t.lastMessageAt, t.customerUnread, a.email, a.displayName, t.assignedOperator)
            from SupportTicket t join t.customer c join c.account a""";

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Override
    public void add(SupportTicket ticket) {
        em.persist(ticket);
        em.flush();
    }

    @Override
    public Optional<SupportTicket> find(long id) {
        return Optional.ofNullable(em.find(SupportTicket.class, id));
    }

    /** Derby refuses FOR UPDATE on joins; the ticket's own row is locked by key, its parts read lazily afterwards. */
    @Override
    public Optional<SupportTicket> findForUpdate(long id) {
        return Optional.ofNullable(em.find(SupportTicket.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<TicketRow> ofCustomer(CustomerNumber customerNumber, int first, int max) {
        return page(em.createQuery(ROWS + " where c.number = :customer order by t.lastMessageAt desc, t.id desc",
                TicketRow.class).setParameter("customer", customerNumber.value()), first, max);
    }

    @Override
    public long countOfCustomer(CustomerNumber customerNumber) {
        return em.createQuery("select count(t) from SupportTicket t where t.customer.number = :customer", Long.class)
                .setParameter("customer", customerNumber.value()).getSingleResult();
    }

    @Override
    public List<TicketRow> withStatus(TicketStatus status, int first, int max) {
        if (status == null) {
            return page(em.createQuery(ROWS + " order by t.lastMessageAt desc, t.id desc", TicketRow.class),
                    first, max);
        }
        String order = status == TicketStatus.WAITING_FOR_OPERATOR
                ? " order by t.lastMessageAt, t.id" : " order by t.lastMessageAt desc, t.id desc";
        return page(em.createQuery(ROWS + " where t.status = :status" + order, TicketRow.class)
                .setParameter("status", status), first, max);
    }

    @Override
    public long countWithStatus(TicketStatus status) {
        TypedQuery<Long> count = status == null
                ? em.createQuery("select count(t) from SupportTicket t", Long.class)
                : em.createQuery("select count(t) from SupportTicket t where t.status = :status", Long.class)
                        .setParameter("status", status);
        return count.getSingleResult();
    }

    private static List<TicketRow> page(TypedQuery<TicketRow> query, int first, int max) {
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }
}
