package org.orderdesk.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.orderdesk.mail.OutgoingMail.InlineImage;
import org.orderdesk.order.PickupCodeImages;

/**
 * One pass over the outbox: claim the mails that are due (OutboxClaims makes sure each goes to one drainer only,
 * however many run at once on however many instances), send each over SMTP outside any transaction, and mark it
 * sent, or failed with a retry after back-off.
 */
@ApplicationScoped
public class OutboxDrain {

    private static final Logger LOG = Logger.getLogger(OutboxDrain.class.getName());
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 20;

    @Inject
    private OutboxClaims claims;

    @Inject
    private MailSender sender;

    @Inject
    private Clock clock;

    @Inject
    private PickupCodeImages codeImages;

    @Inject
    @ConfigProperty(name = "orderdesk.mail.max-attempts", defaultValue = "8")
    private int maxAttempts;

    @Inject
    @ConfigProperty(name = "orderdesk.mail.first-back-off", defaultValue = "PT10S")
    private Duration firstBackOff;

    @Inject
    @ConfigProperty(name = "orderdesk.mail.max-back-off", defaultValue = "PT1H")
    private Duration maxBackOff;

    @Inject
    @ConfigProperty(name = "orderdesk.mail.message-id-domain", defaultValue = "orderdesk.local")
    private String messageIdDomain;

    private RetryPolicy retry;

    /** Checks the configured policy once, at start, so that a bad setting stops the deployment, not the mail. */
    @PostConstruct
    void readRetryPolicy() {
        retry = new RetryPolicy(maxAttempts, firstBackOff, maxBackOff);
    }

    /** Sends what is due now; returns how many mails this pass claimed. */
    public int drainOnce() {
        List<Long> claimed = claims.claimDue(clock.instant(), LEASE, BATCH);
        claimed.forEach(this::deliver);
        return claimed.size();
    }

    private void deliver(Long id) {
        OutboxMail mail = claims.load(id);
        try {
            sender.send(new OutgoingMail(mail.recipient(), mail.subject(), mail.textBody(), mail.htmlBody(),
                    mail.messageId(messageIdDomain), inlineImages(mail)));
            claims.markSent(id, clock.instant());
        } catch (MessagingException | RuntimeException e) {
            Duration backOff = retry.backOffAfter(mail.attempts() + 1);
            LOG.log(Level.WARNING, "Mail " + id + " not sent, retry in " + backOff, e);
            claims.markFailed(id, e.toString(), clock.instant(), backOff, retry.maxAttempts());
        }
    }

    private List<InlineImage> inlineImages(OutboxMail mail) {
        return mail.inlineQrCode() == null ? List.of()
                : List.of(new InlineImage("pickup-qr", "image/png", codeImages.qrCode(mail.inlineQrCode())));
    }
}
