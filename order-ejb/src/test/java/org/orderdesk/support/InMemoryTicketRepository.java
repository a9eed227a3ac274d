package org.orderdesk.support;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.orderdesk.customer.domain.CustomerNumber;
import org.orderdesk.platform.InMemoryRows;
import org.orderdesk.support.domain.SupportTicket;
import org.orderdesk.support.domain.TicketStatus;

/** TicketRepository in memory: what the JPA queries select, as plain filters. Locks are no-ops in one thread. */
public class InMemoryTicketRepository extends InMemoryRows<SupportTicket> implements TicketRepository {

    private static final Comparator<SupportTicket> OLDEST_FIRST =
            Comparator.comparing(SupportTicket::lastMessageAt).thenComparing(SupportTicket::id);

    @Override
    public void add(SupportTicket ticket) {
        insert(ticket);
    }

    @Override
    public Optional<SupportTicket> find(long id) {
        return first(ticket -> ticket.id() == id);
    }

    @Override
    public Optional<SupportTicket> findForUpdate(long id) {
        return find(id);
    }

    @Override
    public List<TicketRow> ofCustomer(CustomerNumber customerNumber, int first, int max) {
        return page(ofThe(customerNumber), OLDEST_FIRST.reversed(), first, max);
    }

    @Override
    public long countOfCustomer(CustomerNumber customerNumber) {
        return count(ofThe(customerNumber));
    }

    @Override
    public List<TicketRow> withStatus(TicketStatus status, int first, int max) {
        Comparator<SupportTicket> order = status == TicketStatus.WAITING_FOR_OPERATOR
                ? OLDEST_FIRST : OLDEST_FIRST.reversed();
        return page(withThe(status), order, first, max);
    }

    @Override
    public long countWithStatus(TicketStatus status) {
        return count(withThe(status));
    }

    private static Predicate<SupportTicket> ofThe(CustomerNumber customerNumber) {
        return ticket -> ticket.customer().number().equals(customerNumber);
    }

    private static Predicate<SupportTicket> withThe(TicketStatus status) {
        return ticket -> status == null || ticket.status() == status;
    }

    private List<TicketRow> page(Predicate<SupportTicket> condition, Comparator<SupportTicket> order, int first,
                                  int max) {
        return rows().filter(condition).sorted(order).skip(first).limit(max).map(InMemoryTicketRepository::row)
                .toList();
    }

    private static TicketRow row(SupportTicket ticket) {
        return new TicketRow(ticket.id(), ticket.topic(), ticket.orderNumber(), ticket.status(), ticket.createdAt(),
                ticket.lastMessageAt(), ticket.customerUnread(), ticket.customer().account().email(),
                ticket.customer().account().displayName(), ticket.assignedOperator());
    }
}
