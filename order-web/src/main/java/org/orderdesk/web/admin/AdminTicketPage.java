package org.orderdesk.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.orderdesk.support.ConsoleTicketView;
import org.orderdesk.support.SupportDesk;
import org.orderdesk.support.TicketConversation;
import org.orderdesk.support.TicketRefusedException;
import org.orderdesk.web.support.TicketView;

/**
 * A ticket as an operator works it: the conversation, the customer and their order next to it, taking the ticket,
 * answering (the customer gets a mail) and closing. SupportDesk decides what is allowed, whatever the page shows.
 */
@Named
@ViewScoped
public class AdminTicketPage extends TicketView<ConsoleTicketView> {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupportDesk desk;

    @Override
    protected Optional<ConsoleTicketView> read(long ticketId) {
        return desk.ticket(ticketId);
    }

    @Override
    protected TicketConversation conversationOf(ConsoleTicketView ticket) {
        return ticket.conversation();
    }

    @Override
    protected String path() {
        return "/admin/ticket";
    }

    public boolean isMine() {
        return Faces.getRemoteUser().equalsIgnoreCase(String.valueOf(getTicket().assignedOperator()));
    }

    public String take() {
        return act(id -> desk.take(id), "admin.ticket.taken");
    }

    public String answer() {
        if (!getMessage().check("answer:text")) {
            return null;
        }
        return act(id -> desk.answer(id, getMessage().getText()), "admin.ticket.answered");
    }

    public String close() {
        return act(id -> desk.close(id), "admin.ticket.closedDone");
    }

    @Override
    protected String refused(TicketRefusedException refusal) {
        Messages.addError(null, "admin.ticket.refused." + refusal.reason());
        return null;
    }
}
