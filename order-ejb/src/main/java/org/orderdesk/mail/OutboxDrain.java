package org.orderdesk.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.orderdesk.mail.OutgoingMail.InlineImage;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.mail.domain.OutboxMail;
import org.orderdesk.platform.CodeImages;

/**
 * One pass over the outbox: claim a batch of the mails that are due (OutboxClaims makes sure each goes to one
 * drainer only, however many run at once on however many instances), send them over one SMTP connection outside
 * any transaction, and mark them sent, or failed with a retry after back-off.
 */
@ApplicationScoped
public class OutboxDrain {

    private static final Logger LOG = Logger.getLogger(OutboxDrain.class.getName());
    /** Mails per claim and per SMTP connection; small enough that a batch is sent well within its lease. */
    static final int BATCH = 50;

    @Inject
    private OutboxClaims claims;

    @Inject
    private SmtpClient smtp;

    @Inject
    private Clock clock;

    @Inject
    private CodeImages codeImages;

    @Inject
    @Any
    private Instance<MailSecrets> secrets;

    @Inject
    @ConfigProperty(name = "orderdesk.mail.max-attempts", defaultValue = "8")
    private int maxAttempts;

    @Inject
    @ConfigProperty(name = "orderdesk.mail.first-back-off", defaultValue = "PT10S")
    private Duration firstBackOff;

    @Inject
    @ConfigProperty(name = "orderdesk.mail.max-back-off", defaultValue = "PT1H")
    private Duration maxBackOff;

    /**
     * How long a claimed batch belongs to its drainer: an instance that dies after claiming leaves its mails to
     * the others once this is over. No mail of a batch is started later than half of it after the claim, so that
     * even a slow last send (the SMTP timeouts in web.xml are 10 s each) ends within the lease: past it, another
     * drainer may claim the mail.
     */
    @Inject
    @ConfigProperty(name = "orderdesk.mail.lease", defaultValue = "PT2M")
    private Duration lease;

    @Inject
    @ConfigProperty(name = "orderdesk.mail.message-id-domain", defaultValue = "orderdesk.local")
    private String messageIdDomain;

    private RetryPolicy retry;

    /** Checks the configured policy once, at start, so that a bad setting stops the deployment, not the mail. */
    @PostConstruct
    void readRetryPolicy() {
        retry = new RetryPolicy(maxAttempts, firstBackOff, maxBackOff);
    }

    /** How this server retries a mail that could not be sent, as configured. */
    public RetryPolicy retryPolicy() {
        return retry;
    }

    /** Sends batch after batch until nothing is due. */
    public void drainUntilEmpty() {
        while (drainOnce() > 0) {
            // each pass claims, sends and marks one batch
        }
    }

    /** Sends what is due now; returns how many mails this pass claimed (BATCH at most). */
    public int drainOnce() {
        Instant now = clock.instant();
        List<Long> claimed = claims.claimDue(now, lease, BATCH);
        if (!claimed.isEmpty()) {
            sendAll(claims.load(claimed), now.plus(lease.dividedBy(2)));
        }
        return claimed.size();
    }

    /** Sends the batch over one connection; records each mail sent or failed as it happens. */
    private void sendAll(List<OutboxMail> batch, Instant startBy) {
        Transport connection;
        try {
            connection = smtp.connect();
        } catch (MessagingException | RuntimeException e) {
            batch.forEach(mail -> fail(mail, e));
            return;
        }
        try {
            sendOver(connection, batch, startBy);
        } finally {
            close(connection);
        }
    }

    /**
     * A refused mail fails alone. When a failure cost the connection, the rest of the batch waits for its retry,
     * as it would with the server down: whether the server kept the mail in flight cannot be known, so that one
     * may arrive twice (with the same Message-ID); the others are never sent twice. Mails not started by startBy
     * are left alone: their lease runs out and a later pass takes them.
     */
    private void sendOver(Transport connection, List<OutboxMail> batch, Instant startBy) {
        for (int i = 0; i < batch.size() && clock.instant().isBefore(startBy); i++) {
            OutboxMail mail = batch.get(i);
            if (sent(connection, mail)) {
                // Outside the try: failing to mark it is no failure of the mail, which the server has.
                claims.markSent(mail.id(), clock.instant());
            } else if (!connection.isConnected()) {
                MessagingException lost = new MessagingException("SMTP connection lost before this mail");
                batch.subList(i + 1, batch.size()).forEach(rest -> fail(rest, lost));
                return;
            }
        }
    }

    /** Whether the SMTP server accepted the mail; a refusal is recorded as the mail's failure. */
    private boolean sent(Transport connection, OutboxMail mail) {
        try {
            smtp.send(connection, outgoing(mail));
            return true;
        } catch (MessagingException | RuntimeException e) {
            fail(mail, e);
            return false;
        }
    }

    /** The stored mail, with a secret issued now in place of the stored placeholder when it carries one. */
    private OutgoingMail outgoing(OutboxMail mail) {
        String text = mail.textBody();
        String html = mail.htmlBody();
        if (mail.kind().carriesSecret()) {
            String secret = secretsOf(mail.kind()).issue(mail.originalEventKey());
            text = OutboxMail.withSecret(text, secret);
            html = OutboxMail.withSecret(html, secret);
        }
        return new OutgoingMail(mail.recipient(), mail.subject(), text, html, mail.messageId(messageIdDomain),
                inlineImages(mail));
    }

    private MailSecrets secretsOf(MailKind kind) {
        return secrets.stream().filter(issuer -> issuer.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("Nothing issues the secret of a mail of kind " + kind));
    }

    private void fail(OutboxMail mail, Exception e) {
        Duration backOff = retry.backOffAfter(mail.attempts() + 1);
        // A line per mail, the stack trace only at FINE: a trace per mail wrote 40 MB of server log in a 20 s SMTP
        // outage of the load benchmark, through the log handler every request shares.
        LOG.warning(() -> "Mail " + mail.id() + " not sent, retry in " + backOff + ": " + e);
        LOG.log(Level.FINE, e, () -> "Why mail " + mail.id() + " was not sent");
        claims.markFailed(mail.id(), e.toString(), clock.instant(), backOff, retry.maxAttempts());
    }

    /** The mails are sent by now: a server that fumbles the goodbye changes nothing for them. */
    private static void close(Transport connection) {
        try {
            connection.close();
        } catch (MessagingException e) {
            LOG.log(Level.FINE, "SMTP connection not closed cleanly", e);
        }
    }

    private List<InlineImage> inlineImages(OutboxMail mail) {
        return mail.inlineQrCode() == null ? List.of()
                : List.of(new InlineImage("pickup-qr", "image/png", codeImages.qrCode(mail.inlineQrCode())));
    }
}
