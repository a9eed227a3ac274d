package org.orderdesk.web.support;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.omnifaces.util.Messages;
import org.orderdesk.support.TicketConversation;

/**
 * The text of a support message as a form holds it. JSF checks it against these constraints before any action
 * runs, so that a blank or over-long message (also a crafted one) is answered next to the field, with the text
 * kept in it.
 */
public class MessageField implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{orderdesk.required}")
    @Size(max = TicketConversation.MAX_MESSAGE, message = "{orderdesk.tooLong}")
    private String text;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /**
     * The same rules again, in the action: even if a form reached the action without the constraints above having
     * run, nothing blank or too long goes on to a service (which would refuse it with an error page).
     */
    public boolean check(String clientId) {
        if (text == null || text.isBlank()) {
            Messages.addError(clientId, "ticket.messageRequired");
            return false;
        }
        if (text.length() > TicketConversation.MAX_MESSAGE) {
            Messages.addError(clientId, "ticket.messageTooLong", TicketConversation.MAX_MESSAGE);
            return false;
        }
        return true;
    }

    public int getMaxLength() {
        return TicketConversation.MAX_MESSAGE;
    }
}
