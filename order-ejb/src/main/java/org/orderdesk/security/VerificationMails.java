package org.orderdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.orderdesk.mail.PublicLinks;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.mail.domain.OutboxMail;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.EmailVerification;

/**
 * The mail with the link that verifies an account's address. The outbox keeps the link with the placeholder;
 * VerificationLinkSecrets issues the token as the mail is sent. The link also carries the page the customer was
 * on their way to (a local path, checked again when it is followed), so that opening it takes them on from there.
 */
@ApplicationScoped
public class VerificationMails {

    @Inject
    private EmailVerificationRepository verifications;

    @Inject
    private OwnerMails mails;

    @Inject
    private PublicLinks links;

    /** A new account's address now waits for its link, which is mailed. */
    public void start(Account account, String next, Instant now) {
        EmailVerification verification = new EmailVerification(account, RandomSecrets.unusableHash(), now);
        verifications.add(verification);
        queue(verification, next, now);
    }

    void queue(EmailVerification verification, String next, Instant now) {
        String link = "/shop/verify-email?token=" + OutboxMail.SECRET
                + (next == null ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        mails.queue(verification.account(), MailKind.EMAIL_VERIFICATION, verification.mailEventKey(),
                "email-verification", Map.of(
                        "link", links.page(link),
                        "hours", Long.toString(EmailVerification.LIFETIME.toHours())), now);
    }
}
