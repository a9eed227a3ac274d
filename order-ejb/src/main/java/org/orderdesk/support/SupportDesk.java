package org.orderdesk.support;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.orderdesk.order.OrderRepository;
import org.orderdesk.order.domain.CustomerOrder;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.platform.Slice;
import org.orderdesk.security.domain.Roles;
import org.orderdesk.support.domain.SupportTicket;
import org.orderdesk.support.domain.TicketMessage;
import org.orderdesk.support.domain.TicketStatus;

/**
 * Operators answering support: the queue of tickets waiting for them (oldest first), every ticket by status,
 * taking a ticket, answering it (which mails the customer in the same transaction) and closing it.
 */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class SupportDesk {

    public static final int PAGE_SIZE = 25;

    private static final Logger LOG = Logger.getLogger(SupportDesk.class.getName());

    @Inject
    private TicketRepository tickets;

    @Inject
    private OrderRepository orders;

    @Inject
    private SupportAnswerMail answerMail;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** The tickets waiting for an operator, the longest-waiting first. */
    public Slice<TicketRow> queue(@Min(1) int page) {
        return all(TicketStatus.WAITING_FOR_OPERATOR, page);
    }

    /** Tickets of one status, or of any status for null. */
    public Slice<TicketRow> all(TicketStatus status, @Min(1) int page) {
        return new Slice<>(tickets.withStatus(status, Slice.firstRow(page, PAGE_SIZE), PAGE_SIZE),
                tickets.countWithStatus(status), page, PAGE_SIZE);
    }

    /** A ticket as the console shows it, with the status of the order it is about, read in one transaction. */
    public Optional<ConsoleTicketView> ticket(long id) {
        return tickets.find(id).map(ticket -> ConsoleTicketView.of(ticket, statusOfItsOrder(ticket)));
    }

    private OrderStatus statusOfItsOrder(SupportTicket ticket) {
        OrderNumber number = ticket.orderNumber();
        return number == null ? null : orders.findByNumber(number).map(CustomerOrder::status).orElse(null);
    }

    public void take(long id) throws TicketRefusedException {
        OpenTicket.of(tickets.findForUpdate(id), id).take(operator());
    }

    /** The answer and the mail that tells the customer about it are stored together, or not at all. */
    public void answer(long id, @NotBlank @Size(max = TicketMessage.MAX_MESSAGE) String text)
            throws TicketRefusedException {
        String operatorEmail = operator();
        SupportTicket ticket = OpenTicket.of(tickets.findForUpdate(id), id);
        Instant now = clock.instant();
        ticket.operatorAnswers(operatorEmail, text, now);
        answerMail.queue(ticket, now);
        LOG.info(() -> operatorEmail + " answered support ticket " + id);
    }

    public void close(long id) throws TicketRefusedException {
        String operatorEmail = operator();
        OpenTicket.of(tickets.findForUpdate(id), id).close();
        LOG.info(() -> operatorEmail + " closed support ticket " + id);
    }

    private String operator() {
        return session.getCallerPrincipal().getName();
    }
}
