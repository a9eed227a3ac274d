package org.orderdesk.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;

/**
 * An account's e-mail address waiting to be verified: the account exists, its owner may log in, but no order is
 * placed until the link mailed to the address has been opened (the order mails are the product's promise, so
 * the address must work). The row goes once the address is verified, so an account without one is verified;
 * accounts from before verification existed have none. Like a password reset, only the SHA-256 hash of the
 * link's token is kept, and the token is issued as the mail is sent: each mail sent gets a new one and the link
 * mailed before stops working.
 */
@Entity
@Table(name = "email_verification")
public class EmailVerification {

    /** Long enough for a mail opened the next day; it is the mailbox that is proved, as by a reset link. */
    public static final Duration LIFETIME = Duration.ofHours(24);
    /** How soon after one mail the customer may ask for another, so the form cannot be used to flood a mailbox. */
    public static final Duration RESEND_INTERVAL = Duration.ofMinutes(2);

    @Id
    @GeneratedValue
    private Long id;

    @NotNull
    @OneToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false, unique = true)
    private Account account;

    @NotNull
    @Column(nullable = false, unique = true, length = 64)
    private String tokenHash;

    @NotNull
    @Column(nullable = false)
    private Instant expiresAt;

    /** When the last mail was asked for (at registration or "send the link again"). */
    @NotNull
    @Column(nullable = false)
    private Instant requestedAt;

    /** How many mails were asked for: numbers each mail's outbox event. */
    private int mailsRequested;

    protected EmailVerification() {
        // for JPA
    }

    /** Until the first mail is sent, the hash is of a secret nobody has. */
    public EmailVerification(Account account, String unusedTokenHash, Instant now) {
        this.account = account;
        this.tokenHash = unusedTokenHash;
        this.expiresAt = now.plus(LIFETIME);
        this.requestedAt = now;
        this.mailsRequested = 1;
    }

    /** Another mail, unless the last one was asked for less than RESEND_INTERVAL ago; true when granted. */
    public boolean requestAgain(Instant now) {
        if (now.isBefore(requestedAt.plus(RESEND_INTERVAL))) {
            return false;
        }
        requestedAt = now;
        mailsRequested++;
        return true;
    }

    /** The outbox event of the mail last asked for; the part before the dot is this row's id. */
    public String mailEventKey() {
        return id + "." + mailsRequested;
    }

    /** The id in an event key made by mailEventKey. */
    public static long idOf(String mailEventKey) {
        return Long.parseLong(mailEventKey.substring(0, mailEventKey.indexOf('.')));
    }

    /** A new secret (its hash) for the mail being sent, valid for LIFETIME from now; older links stop working. */
    public void reissue(String newTokenHash, Instant now) {
        this.tokenHash = newTokenHash;
        this.expiresAt = now.plus(LIFETIME);
    }

    public boolean isUsableAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
