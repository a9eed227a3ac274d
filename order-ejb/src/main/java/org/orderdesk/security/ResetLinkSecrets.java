package org.orderdesk.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import org.orderdesk.mail.MailSecrets;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.security.domain.PasswordResetToken;
import org.orderdesk.security.domain.Roles;

/**
 * The token of a password reset mail, issued as the mail is sent: the outbox (and so the mail log, the database
 * and its backups) only ever holds the placeholder. Each copy sent, a retry or an operator's re-send, gets a new
 * token and an hour from then; the copy before it stops working.
 */
@Stateless
// Only the mail sender, which runs as the system, issues a link, as it sends the mail.
@RolesAllowed(Roles.SYSTEM)
public class ResetLinkSecrets implements MailSecrets {

    @Inject
    private PasswordResetTokenRepository tokens;

    @Inject
    private Clock clock;

    @Override
    public MailKind kind() {
        return MailKind.PASSWORD_RESET;
    }

    /** Its own transaction: the token must be committed before the mail that carries it leaves. */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String issue(String originalEventKey) {
        PasswordResetToken token = tokens.find(Long.valueOf(originalEventKey))
                .orElseThrow(() -> new IllegalStateException("No password reset " + originalEventKey));
        String secret = RandomSecrets.of(RandomSecrets.TOKEN_BYTES);
        token.reissue(RandomSecrets.hashOf(secret), clock.instant());
        return secret;
    }
}
