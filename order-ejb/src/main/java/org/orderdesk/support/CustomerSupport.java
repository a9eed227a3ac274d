package org.orderdesk.support;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.orderdesk.customer.CustomerRepository;
import org.orderdesk.customer.domain.Customer;
import org.orderdesk.customer.domain.CustomerNumber;
import org.orderdesk.order.OrderQueries;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.platform.Slice;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.Roles;
import org.orderdesk.support.TicketRefusedException.Reason;
import org.orderdesk.support.domain.SupportTicket;
import org.orderdesk.support.domain.SupportTopic;
import org.orderdesk.support.domain.TicketMessage;

/**
 * A customer writing to support: opening a ticket, optionally about one of their own orders, reading their
 * tickets, replying and closing. Another customer's ticket is as absent as one that does not exist.
 */
@Stateless
@RolesAllowed(Roles.CUSTOMER)
public class CustomerSupport {

    /** Tickets on one page of My tickets. */
    public static final int PAGE_SIZE = 20;

    private static final Logger LOG = Logger.getLogger(CustomerSupport.class.getName());

    @Inject
    private TicketRepository tickets;

    @Inject
    private CustomerRepository customers;

    @Inject
    private OrderQueries orders;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** Opens a ticket with the customer's first message; the order, if named, must be the customer's own. */
    public long open(@NotNull SupportTopic topic, OrderNumber order,
                     @NotBlank @Size(max = TicketMessage.MAX_MESSAGE) String text) throws TicketRefusedException {
        if (order != null && !orders.owns(order)) {
            throw new TicketRefusedException(Reason.NOT_YOUR_ORDER, order);
        }
        Customer customer = customers.findByEmail(caller()).orElseThrow();
        SupportTicket ticket = SupportTicket.open(customer, customer.account().email(), topic, order, text,
                clock.instant());
        tickets.add(ticket);
        LOG.info(() -> "Customer opened support ticket " + ticket.id());
        return ticket.id();
    }

    /** One page (from 1) of the customer's tickets, the latest conversation first. */
    public Slice<TicketRow> list(@Min(1) int page) {
        CustomerNumber customer = customers.findByEmail(caller()).orElseThrow().number();
        return new Slice<>(tickets.ofCustomer(customer, Slice.firstRow(page, PAGE_SIZE), PAGE_SIZE),
                tickets.countOfCustomer(customer), page, PAGE_SIZE);
    }

    /** The customer's ticket with its whole conversation; opening it marks the operators' answers read. */
    public Optional<TicketConversation> ticket(long id) {
        Optional<SupportTicket> ticket = own(id);
        ticket.ifPresent(SupportTicket::markReadByCustomer);
        return ticket.map(TicketConversation::forCustomer);
    }

    public void reply(long id, @NotBlank @Size(max = TicketMessage.MAX_MESSAGE) String text)
            throws TicketRefusedException {
        OpenTicket.of(own(id), id).customerWrites(Account.normalizeEmail(caller()), text, clock.instant());
    }

    public void close(long id) throws TicketRefusedException {
        OpenTicket.of(own(id), id).close();
    }

    /** Locked, so that the customer's and an operator's changes of one ticket happen one after the other. */
    private Optional<SupportTicket> own(long id) {
        String caller = caller();
        return tickets.findForUpdate(id).filter(ticket -> ticket.isOwnedBy(caller));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
