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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;

/**
 * One login that is still going on: a browser session logged in to an account. Its owner sees them all on the
 * profile page and can end any of them (ASVS 3.3.4); a session whose row is gone, or whose row was opened before
 * the account's last new password, is logged out at its next request. In the database, so that every server
 * instance sees an ending at once. The key is known only to the server (it lives in the HTTP session, never in a
 * cookie), so a copy of this table lets nobody in.
 */
@Entity
@Table(name = "account_session", indexes = @Index(name = "ix_account_session_account", columnList = "account_id, last_seen_at"))
public class AccountSession {

    /** How often the last activity is written: once a minute is exact enough for the list and costs no write per page. */
    public static final Duration LAST_SEEN_STEP = Duration.ofMinutes(1);

    @Id
    @GeneratedValue
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @NotNull
    @Column(name = "session_key", nullable = false, unique = true, length = 64)
    private String sessionKey;

    /**
     * The account's credentialsVersion when the password of this login was checked, or when its owner set a new
     * password in this very session.
     */
    @Column(name = "credentials_version", nullable = false)
    private long credentialsVersion;

    @NotNull
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @NotNull
    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Size(max = 45)
    @Column(name = "client_address", length = 45)
    private String clientAddress;

    /** Browser and system, as its User-Agent named them (DeviceName); null when it named neither. */
    @Size(max = 80)
    @Column(name = "device", length = 80)
    private String device;

    protected AccountSession() {
        // for JPA
    }

    public AccountSession(Account account, String sessionKey, long credentialsVersion, Instant openedAt,
            String clientAddress, String device) {
        this.account = account;
        this.sessionKey = sessionKey;
        this.credentialsVersion = credentialsVersion;
        this.openedAt = openedAt;
        this.lastSeenAt = openedAt;
        this.clientAddress = clientAddress;
        this.device = device;
    }

    /** Still logged in: opened with the password the account has now. */
    public boolean isCurrent() {
        return credentialsVersion == account.credentialsVersion();
    }

    /** Notes activity now, at most once per LAST_SEEN_STEP. */
    public void seenAt(Instant now) {
        if (!lastSeenAt.plus(LAST_SEEN_STEP).isAfter(now)) {
            lastSeenAt = now;
        }
    }

    /** The owner set a new password in this very session, which stays logged in with it. */
    public void keptAfterNewPassword() {
        credentialsVersion = account.credentialsVersion();
    }

    public boolean belongsTo(Account owner) {
        return account.id().equals(owner.id());
    }

    public long id() {
        return id;
    }

    public String sessionKey() {
        return sessionKey;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String device() {
        return device;
    }
}
