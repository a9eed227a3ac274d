package org.orderdesk.mail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A mail stored in the same transaction as the change that causes it (the transactional outbox): it exists if
 * and only if that change committed. A sender delivers it later and retries with back-off. The pair (kind,
 * eventKey) is unique, so one event can never queue two mails; the Message-ID derives from it.
 */
@Entity
@Table(name = "outbox_mail",
        uniqueConstraints = @UniqueConstraint(name = "uq_outbox_event", columnNames = {"kind", "eventKey"}),
        indexes = @Index(name = "ix_outbox_due", columnList = "state, attempts, nextAttemptAt"))
public class OutboxMail {

    /** Stands in the stored text of a mail that carries a secret (see MailKind.carriesSecret); shown as is. */
    public static final String SECRET = "REDACTED";
    private static final char RESEND_MARK = '#';

    @Id
    @GeneratedValue
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private MailKind kind;

    @NotBlank
    @Column(nullable = false, length = 100)
    private String eventKey;

    @NotBlank
    @Column(nullable = false, length = 254)
    private String recipient;

    @NotBlank
    @Column(nullable = false, length = 400)
    private String subject;

    @Lob
    @Column(nullable = false)
    private String textBody;

    @Lob
    private String htmlBody;

    /** A pickup code to attach as an inline QR code image (Content-ID pickup-qr), drawn when the mail is sent. */
    @Column(length = 20)
    private String inlineQrCode;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailState state = MailState.PENDING;

    private int attempts;

    @NotNull
    @Column(nullable = false)
    private Instant nextAttemptAt;

    /** While a sender holds the mail; if the sender dies, the lease runs out and another sender may take it. */
    private Instant leaseUntil;

    @Column(length = 2000)
    private String lastError;

    @NotNull
    @Column(nullable = false)
    private Instant createdAt;

    private Instant sentAt;

    /** The mail this one sends again, when an operator re-sent it. */
    private Long resendOf;

    protected OutboxMail() {
        // for JPA
    }

    public OutboxMail(MailKind kind, String eventKey, String recipient, String subject, String textBody,
                      String htmlBody, Instant now) {
        this.kind = kind;
        this.eventKey = eventKey;
        this.recipient = recipient;
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Asks for the pickup code as an inline QR code, which the HTML part shows with src="cid:pickup-qr". */
    public OutboxMail withInlineQrCode(String pickupCode) {
        this.inlineQrCode = pickupCode;
        return this;
    }

    /**
     * A new mail with the same content, for an operator's re-send. It is a new event (its key names the original
     * and the moment), so it has its own Message-ID and its own row in the log, referring to the first.
     */
    public OutboxMail resend(Instant now) {
        OutboxMail copy = new OutboxMail(kind, eventKey + RESEND_MARK + now.toEpochMilli(), recipient, subject,
                textBody, htmlBody, now).withInlineQrCode(inlineQrCode);
        copy.resendOf = id;
        return copy;
    }

    /** Stable for the event, so that a mail re-sent after a crash is recognisable as the same one. */
    public String messageId(String domain) {
        return "<" + kind.name().toLowerCase(Locale.ROOT) + "." + eventKey + "@" + domain + ">";
    }

    /** Schedules a retry after the given back-off, or gives up once the attempts are spent. */
    public void recordFailure(String error, Instant now, Duration backOff, int maxAttempts) {
        attempts++;
        leaseUntil = null;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 2000));
        if (attempts >= maxAttempts) {
            state = MailState.FAILED;
        } else {
            nextAttemptAt = now.plus(backOff);
        }
    }

    public Long id() {
        return id;
    }

    public String eventKey() {
        return eventKey;
    }

    /** The event a re-sent mail was first sent for; its own key for a first mail. */
    public String originalEventKey() {
        int mark = eventKey.indexOf(RESEND_MARK);
        return mark < 0 ? eventKey : eventKey.substring(0, mark);
    }

    /** A body with the secret in place of SECRET; null stays null (a mail without HTML). */
    public static String withSecret(String body, String secret) {
        return body == null ? null : body.replace(SECRET, secret);
    }

    public Long resendOf() {
        return resendOf;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public MailKind kind() {
        return kind;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String textBody() {
        return textBody;
    }

    public String htmlBody() {
        return htmlBody;
    }

    public String inlineQrCode() {
        return inlineQrCode;
    }

    public MailState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }
}
