package org.orderdesk.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import org.orderdesk.mail.MailSecrets;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.security.domain.EmailVerification;
import org.orderdesk.security.domain.Roles;

/**
 * The token of an address verification mail, issued as the mail is sent, as ResetLinkSecrets does for resets:
 * each copy sent gets a new token and LIFETIME from then, and the copy before it stops working.
 */
@Stateless
// Only the mail sender, which runs as the system, issues a link, as it sends the mail.
@RolesAllowed(Roles.SYSTEM)
public class VerificationLinkSecrets implements MailSecrets {

    @Inject
    private EmailVerificationRepository verifications;

    @Inject
    private Clock clock;

    @Override
    public MailKind kind() {
        return MailKind.EMAIL_VERIFICATION;
    }

    /**
     * Its own transaction: the token must be committed before the mail that carries it leaves. A copy sent after
     * the address was verified (an operator's re-send) carries a secret nobody stored: its link says it no longer
     * works, which is the truth.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String issue(String originalEventKey) {
        String secret = RandomSecrets.of(RandomSecrets.TOKEN_BYTES);
        verifications.find(EmailVerification.idOf(originalEventKey))
                .ifPresent(verification -> verification.reissue(RandomSecrets.hashOf(secret), clock.instant()));
        return secret;
    }
}
