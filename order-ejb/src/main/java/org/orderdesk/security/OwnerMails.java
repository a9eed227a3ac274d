package org.orderdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.orderdesk.mail.MailTemplates;
import org.orderdesk.mail.MailTemplates.RenderedMail;
import org.orderdesk.mail.Outbox;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.mail.domain.OutboxMail;
import org.orderdesk.security.domain.Account;

/** Mails about an account to its owner, in the owner's language, queued in the caller's transaction. */
@ApplicationScoped
public class OwnerMails {

    /** Operators have no customer profile with a language; the product's first language is Russian. */
    private static final String DEFAULT_LANGUAGE = "ru";

    @Inject
    private OwnerLanguages languages;

    @Inject
    private MailTemplates templates;

    @Inject
    private Outbox outbox;

    /** The template is given the owner's name as {{name}} besides the values. */
    public void queue(Account account, MailKind kind, String eventKey, String template, Map<String, String> values,
               Instant now) {
        String language = languages.of(account.email()).orElse(DEFAULT_LANGUAGE);
        Map<String, String> withName = new HashMap<>(values);
        withName.put("name", account.displayName());
        RenderedMail mail = templates.render(template, language, withName);
        outbox.enqueue(new OutboxMail(kind, eventKey, account.email(), mail.subject(), mail.text(), mail.html(),
                now));
    }
}
