package org.orderdesk.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;

/**
 * A browser an account has logged in from before (ASVS 2.2.3): it carries a random token in a long-lived cookie,
 * of which only the SHA-256 hash is kept here. A login from a browser the account does not know yet gets its
 * owner a mail, so a stranger with the password does not go unnoticed; the first browser of an account (the one
 * it was registered in) does not.
 */
@Entity
@Table(name = "account_device",
        uniqueConstraints = @UniqueConstraint(name = "uq_account_device", columnNames = {"account_id", "token_hash"}),
        indexes = @Index(name = "ix_account_device_last_login", columnList = "last_login_at"))
public class KnownDevice {

    /** As long as the cookie lives: a browser not used to log in for longer is a new one again. */
    public static final Duration REMEMBERED_FOR = Duration.ofDays(365);

    @Id
    @GeneratedValue
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @NotNull
    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @NotNull
    @Column(name = "last_login_at", nullable = false)
    private Instant lastLoginAt;

    protected KnownDevice() {
        // for JPA
    }

    public KnownDevice(Account account, String tokenHash, Instant loginAt) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.lastLoginAt = loginAt;
    }

    public void loggedInAt(Instant now) {
        lastLoginAt = now;
    }
}
