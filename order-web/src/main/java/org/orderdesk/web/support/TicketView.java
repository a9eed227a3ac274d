package org.orderdesk.web.support;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.orderdesk.support.TicketConversation;
import org.orderdesk.support.TicketRefusedException;

/**
 * What the customer's and the operator's ticket pages share: the ticket named by the id view parameter, read once
 * per request (a view-scoped page must show the conversation as it is now), 404 for a ticket the caller may not
 * see, the message box, and the Post/Redirect/Get after an action.
 *
 * @param <T> the page's view of the ticket, made by its service
 */
public abstract class TicketView<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An action on the ticket, which the service may refuse. */
    @FunctionalInterface
    protected interface TicketAction {
        void run(long ticketId) throws TicketRefusedException;
    }

    private String id;
    private final MessageField message = new MessageField();

    /** The ticket as the caller may see it, or empty. */
    protected abstract Optional<T> read(long ticketId);

    /** The conversation in the page's view of the ticket. */
    protected abstract TicketConversation conversationOf(T ticket);

    /** The page's own path, for the redirect after an action. */
    protected abstract String path();

    /** Tells the caller why the action was refused; returns the outcome. */
    protected abstract String refused(TicketRefusedException refusal);

    public T getTicket() {
        Long ticketId = ticketId();
        if (ticketId == null) {
            return null;
        }
        return Faces.getContextAttribute(TicketView.class.getName(), () -> read(ticketId).orElse(null));
    }

    /** The page's view action. */
    public void load() {
        if (getTicket() == null) {
            Faces.responseSendError(404, "");
        }
    }

    /** An edited link (not a number) names no ticket. */
    private Long ticketId() {
        return id != null && id.matches("[1-9]\\d{0,17}") ? Long.valueOf(id) : null;
    }

    protected String act(TicketAction action, String doneKey) {
        Long ticketId = ticketId();
        if (ticketId == null) {
            return refused(new TicketRefusedException(TicketRefusedException.Reason.NOT_FOUND, id));
        }
        try {
            action.run(ticketId);
        } catch (TicketRefusedException refusal) {
            return refused(refusal);
        }
        Messages.addFlashGlobalInfo(doneKey);
        return path() + "?faces-redirect=true&id=" + ticketId;
    }

    /**
     * Whether the forms that change the ticket are there. When one is posted it must be there even if the ticket
     * was closed meanwhile: otherwise JSF would drop the click silently instead of letting the service refuse it.
     */
    public boolean isFormsShown() {
        return FacesContext.getCurrentInstance().isPostback() || !conversationOf(getTicket()).closed();
    }

    public MessageField getMessage() {
        return message;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
