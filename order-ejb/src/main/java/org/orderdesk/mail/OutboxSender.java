package org.orderdesk.mail;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.orderdesk.mail.OutgoingMail.InlineImage;
import org.orderdesk.order.PickupCodeImages;

/**
 * Drains the outbox every few seconds on every server instance; OutboxClaims makes sure each mail is taken by one
 * sender only. SMTP is talked to outside any transaction, so a slow mail server never holds database locks, and
 * never slows down the transactions that queue mail.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 20;

    private final AtomicBoolean draining = new AtomicBoolean();

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

    private RetryPolicy retry;

    /** Checks the configured policy once, at start, so that a bad setting stops the deployment, not the mail. */
    @PostConstruct
    void readRetryPolicy() {
        retry = new RetryPolicy(maxAttempts, firstBackOff, maxBackOff);
    }

    @Inject
    @ConfigProperty(name = "orderdesk.mail.message-id-domain", defaultValue = "orderdesk.local")
    private String messageIdDomain;

    @Schedule(second = "*/3", minute = "*", hour = "*", persistent = false)
    void drain() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        try {
            for (Long id : claims.claimDue(clock.instant(), LEASE, BATCH)) {
                deliver(id);
            }
        } finally {
            draining.set(false);
        }
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
