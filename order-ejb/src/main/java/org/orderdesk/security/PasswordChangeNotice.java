package org.orderdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.orderdesk.customer.Customer;
import org.orderdesk.customer.CustomerRepository;
import org.orderdesk.mail.MailKind;
import org.orderdesk.mail.MailTemplates;
import org.orderdesk.mail.MailTemplates.RenderedMail;
import org.orderdesk.mail.Outbox;
import org.orderdesk.mail.OutboxMail;
import org.orderdesk.mail.PublicLinks;

/**
 * Tells the owner that their password changed (ASVS 2.5.5), through the outbox in the transaction that changed
 * it, with a way back in should it not have been them. One mail per new password (credentialsVersion).
 */
@ApplicationScoped
public class PasswordChangeNotice {

    /** Operators have no customer profile with a language; the product's first language is Russian. */
    private static final String DEFAULT_LANGUAGE = "ru";

    @Inject
    private CustomerRepository customers;

    @Inject
    private MailTemplates templates;

    @Inject
    private Outbox outbox;

    @Inject
    private PublicLinks links;

    void queue(Account account, Instant now) {
        String language = customers.findByEmail(account.email()).map(Customer::preferredLanguage)
                .orElse(DEFAULT_LANGUAGE);
        RenderedMail mail = templates.render("password-changed", language, Map.of(
                "name", account.displayName(),
                "link", links.page("/shop/forgot-password")));
        outbox.enqueue(new OutboxMail(MailKind.PASSWORD_CHANGED, account.id() + "." + account.credentialsVersion(),
                account.email(), mail.subject(), mail.text(), mail.html(), now));
    }
}
