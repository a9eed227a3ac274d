package org.orderdesk.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.orderdesk.customer.domain.Customer;
import org.orderdesk.mail.MailTemplates;
import org.orderdesk.mail.MailTemplates.RenderedMail;
import org.orderdesk.mail.Outbox;
import org.orderdesk.mail.PublicLinks;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.mail.domain.OutboxMail;
import org.orderdesk.support.domain.SupportTicket;
import org.orderdesk.support.domain.TicketMessage;

/**
 * The mail that tells a customer an operator has answered their ticket: the answer itself, the ticket's number and
 * a link to the conversation, in the customer's language. One mail per answer: its event key is the message's.
 */
@ApplicationScoped
public class SupportAnswerMail {

    @Inject
    private MailTemplates templates;

    @Inject
    private Outbox outbox;

    @Inject
    private PublicLinks links;

    /** Queues the mail for the ticket's newest message, in the caller's transaction. */
    public void queue(SupportTicket ticket, Instant now) {
        Customer customer = ticket.customer();
        List<TicketMessage> messages = ticket.messages();
        RenderedMail mail = templates.render("support-answer", customer.preferredLanguage(), Map.of(
                "name", customer.account().displayName(),
                "number", String.valueOf(ticket.id()),
                "answer", messages.get(messages.size() - 1).text(),
                "link", links.ticket(ticket.id())));
        outbox.enqueue(new OutboxMail(MailKind.SUPPORT_ANSWER, ticket.lastMessageKey(), customer.account().email(),
                mail.subject(), mail.text(), mail.html(), now));
    }
}
