package org.orderdesk.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;

/**
 * A single-use permission to set a new password, e-mailed as a link. Only a SHA-256 hash of the random token is
 * stored, so a copy of the database does not let anyone reset passwords.
 */
@Entity
@Table(name = "password_reset_token")
public class PasswordResetToken {

    public static final Duration LIFETIME = Duration.ofHours(1);
    /** A first-password link is written to the server log for whoever installs the shop, who may not be quick. */
    public static final Duration FIRST_PASSWORD_LIFETIME = Duration.ofHours(24);

    @Id
    @GeneratedValue
    private Long id;

    @NotNull
    @Column(nullable = false, unique = true, length = 64)
    private String tokenHash;

    @NotNull
    @ManyToOne(optional = false)
    private Account account;

    @NotNull
    @Column(nullable = false)
    private Instant expiresAt;

    private Instant usedAt;

    protected PasswordResetToken() {
        // for JPA
    }

    public PasswordResetToken(Account account, String tokenHash, Instant issuedAt) {
        this(account, tokenHash, issuedAt, LIFETIME);
    }

    private PasswordResetToken(Account account, String tokenHash, Instant issuedAt, Duration lifetime) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.expiresAt = issuedAt.plus(lifetime);
    }

    /** The link that sets the first password of an account made without one (Account.awaitsFirstPassword). */
    public static PasswordResetToken firstPassword(Account account, String tokenHash, Instant issuedAt) {
        return new PasswordResetToken(account, tokenHash, issuedAt, FIRST_PASSWORD_LIFETIME);
    }

    /**
     * A new secret for the link about to be mailed (the hash only), valid for LIFETIME from now; the link mailed
     * before stops working. A spent token stays spent.
     */
    public void reissue(String newTokenHash, Instant now) {
        this.tokenHash = newTokenHash;
        this.expiresAt = now.plus(LIFETIME);
    }

    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the token; refuses a used or expired one, so a link works once and only for an hour. */
    public Account use(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("Password reset token already used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new IllegalStateException("Password reset token expired");
        }
        usedAt = now;
        return account;
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
