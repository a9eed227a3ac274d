package org.orderdesk.web.support;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.omnifaces.util.Messages;
import org.orderdesk.support.CustomerSupport;
import org.orderdesk.support.TicketConversation;
import org.orderdesk.support.TicketRefusedException;

/**
 * One of the customer's tickets: the whole conversation, oldest first, a reply box and closing. Opening the page
 * marks the operators' answers read. A closed ticket takes no more messages: the page offers a new ticket instead.
 */
@Named
@ViewScoped
public class TicketPage extends TicketView<TicketConversation> {

    private static final long serialVersionUID = 1L;

    @Inject
    private CustomerSupport support;

    @Override
    protected Optional<TicketConversation> read(long ticketId) {
        return support.ticket(ticketId);
    }

    @Override
    protected TicketConversation conversationOf(TicketConversation ticket) {
        return ticket;
    }

    @Override
    protected String path() {
        return "/account/ticket";
    }

    public String reply() {
        if (!getMessage().check("reply:text")) {
            return null;
        }
        return act(id -> support.reply(id, getMessage().getText()), "ticket.sent");
    }

    public String close() {
        return act(id -> support.close(id), "ticket.closedDone");
    }

    @Override
    protected String refused(TicketRefusedException refusal) {
        if (refusal.reason() == TicketRefusedException.Reason.NOT_FOUND) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return "/error/not-found";
        }
        Messages.addError("reply:text", "ticket.refused." + refusal.reason());
        return null;
    }
}
