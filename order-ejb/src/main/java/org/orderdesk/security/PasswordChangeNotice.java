package org.orderdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.orderdesk.mail.PublicLinks;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.security.domain.Account;

/**
 * Tells the owner that their password changed (ASVS 2.5.5), through the outbox in the transaction that changed
 * it, with a way back in should it not have been them. One mail per new password (credentialsVersion).
 */
@ApplicationScoped
public class PasswordChangeNotice {

    @Inject
    private OwnerMails mails;

    @Inject
    private PublicLinks links;

    void queue(Account account, Instant now) {
        mails.queue(account, MailKind.PASSWORD_CHANGED, account.id() + "." + account.credentialsVersion(),
                "password-changed", Map.of("link", links.page("/shop/forgot-password")), now);
    }
}
