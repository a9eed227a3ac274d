package org.orderdesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;

/**
 * Someone who can log in: a customer or an operator. The e-mail is stored lower-cased, so uniqueness is
 * case-insensitive in any database; only a PBKDF2 hash of the password is ever kept.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue
    private Long id;

    @NotBlank
    @Email
    @Size(max = 254)
    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String displayName;

    @NotBlank
    @Column(nullable = false, length = 400)
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    /** Failed logins since the last success or lock; reaching the limit locks the account for a while. */
    private int failedLogins;

    private Instant lockedUntil;

    protected Account() {
        // for JPA
    }

    public Account(String email, String displayName, String passwordHash, Role role) {
        this.email = normalizeEmail(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
    }

    /** The one spelling of an e-mail address under which it is stored and looked up. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a wrong password. The attempt that reaches the limit locks the account for the lock duration; the
     * count starts again after that, so a lock never becomes permanent.
     */
    public void recordFailedLogin(Instant now, LoginThrottle throttle) {
        failedLogins++;
        if (failedLogins >= throttle.maxFailures()) {
            lockedUntil = now.plus(throttle.lockDuration());
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** An operator lifts the lock after checking who the customer is (for example on the phone). */
    public void unlock() {
        recordSuccessfulLogin();
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    /** Setting a new password (change or reset) also lifts a lock: the owner has proved who they are. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        recordSuccessfulLogin();
    }

    public void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }
}
