package org.orderdesk.security.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Someone who can log in: a customer or an operator. The e-mail is stored lower-cased, so uniqueness is
 * case-insensitive in any database; only a peppered PBKDF2 hash of the password is ever kept (PepperedPasswordHash).
 * An operator also has a second factor: a one-time-code secret shared with their authenticator app, and recovery
 * codes of which only hashes are kept.
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

    /** Wrong passwords in a row (from anywhere); LoginThrottle turns them into a growing delay. */
    private int failedLogins;

    /**
     * Until then, a password from anywhere but lastLoginAddress is refused unchecked: strangers guessing slow
     * down everyone guessing, but never the owner at the address they last logged in from. (The column keeps
     * its name from when this was a hard lock.)
     */
    private Instant lockedUntil;

    /**
     * Goes up with every new password (change or reset); a session remembers the value it logged in with and
     * ends when it no longer matches, so a new password cuts off every other session. Null in rows from before.
     */
    private Long credentialsVersion;

    /**
     * Made without a configured password (a shop's first operator, the demo customer): its hash is of a secret
     * nobody has, and only a first-password link sets one (ASVS 2.3.1). Never a generated password to keep.
     */
    @Column(name = "first_password_pending", nullable = false)
    private boolean firstPasswordPending;

    /** The client address of the last successful login. */
    @Column(length = 45)
    private String lastLoginAddress;

    /**
     * The operator's one-time-code secret, sealed with the SecondFactorKey kept outside the database (clear Base32
     * in rows from before, until sealed at start-up); null before enrolment. Never logged, never shown again
     * after enrolment.
     */
    @Column(length = 64)
    private String oneTimeCodeSecret;

    /** The time step of the last one-time code accepted: no code of it or of an earlier step counts again. */
    private Long lastOneTimeCodeStep;

    /** SHA-256 of each recovery code not yet spent (RecoveryCodes). */
    @ElementCollection
    @CollectionTable(name = "account_recovery_code", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "code_hash", length = 64, nullable = false)
    private Set<String> recoveryCodeHashes = new HashSet<>();

    /**
     * The random user handle the operator's security keys are registered under (WebAuthn's user.id), made at the
     * first registration: an authenticator never learns the e-mail address or the account id from it.
     */
    @Column(name = "security_key_user_handle", length = 64)
    private String securityKeyUserHandle;

    protected Account() {
        // for JPA
    }

    public Account(String email, String displayName, String passwordHash, Role role) {
        this.email = normalizeEmail(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
    }

    /** An account nobody can log in to until its owner sets the first password through a link. */
    public static Account awaitingFirstPassword(String email, String displayName, String unusableHash, Role role) {
        Account account = new Account(email, displayName, unusableHash, role);
        account.firstPasswordPending = true;
        return account;
    }

    public boolean awaitsFirstPassword() {
        return firstPasswordPending;
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

    /** Whether a login from the address must wait (the owner's last address never waits for the account). */
    public boolean isThrottledFor(String address, Instant now) {
        return isThrottledAt(now) && !address.equals(lastLoginAddress);
    }

    /** Counts a wrong password, even one refused unchecked, so that hammering only makes the wait longer. */
    public void recordFailedLogin(Instant now, LoginThrottle throttle) {
        if (throttle.isForgottenAt(now, lockedUntil)) {
            failedLogins = 0;
        }
        failedLogins++;
        Duration delay = throttle.delayAfter(failedLogins);
        if (!delay.isZero()) {
            lockedUntil = now.plus(delay);
        }
    }

    public void recordSuccessfulLogin(String address) {
        unlock();
        lastLoginAddress = address;
    }

    /** An operator lifts the delay after checking who the customer is (for example on the phone). */
    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    /**
     * Setting a new password (change or reset) ends every session logged in before (credentialsVersion) and
     * lifts the delay: the owner has proved who they are.
     */
    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        firstPasswordPending = false;
        credentialsVersion = credentialsVersion() + 1;
        unlock();
    }

    public long credentialsVersion() {
        return credentialsVersion == null ? 0 : credentialsVersion;
    }

    /** Whether logins must wait, from any address: for a check made inside a session, e.g. the current password. */
    public boolean isThrottledAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    public boolean hasSecondFactor() {
        return oneTimeCodeSecret != null;
    }

    /**
     * Keeps the secret once a code of it shows that the operator's app has it (the code's step then counts as
     * used), with the hashes of the new recovery codes; false, and nothing kept, for a wrong code.
     */
    public boolean enrolSecondFactor(String secret, String code, Instant now, Collection<String> recoveryHashes,
                                     SecondFactorKey key) {
        if (hasSecondFactor()) {
            throw new IllegalStateException("Account " + id + " already has a second factor");
        }
        OptionalLong step = OneTimeCodes.matchingStep(secret, code, now, Long.MIN_VALUE);
        if (step.isEmpty()) {
            return false;
        }
        oneTimeCodeSecret = key.seal(secret);
        lastOneTimeCodeStep = step.getAsLong();
        recoveryCodeHashes.clear();
        recoveryCodeHashes.addAll(recoveryHashes);
        return true;
    }

    /**
     * Whether the code is the app's for now and not used before, or an unspent recovery code; either is then
     * used up.
     */
    public boolean acceptSecondFactor(String code, Instant now, SecondFactorKey key) {
        if (!hasSecondFactor()) {
            return false;
        }
        OptionalLong step = OneTimeCodes.matchingStep(key.open(oneTimeCodeSecret), code, now,
                lastOneTimeCodeStep == null ? Long.MIN_VALUE : lastOneTimeCodeStep);
        if (step.isPresent()) {
            lastOneTimeCodeStep = step.getAsLong();
            return true;
        }
        return recoveryCodeHashes.remove(RecoveryCodes.hash(code));
    }

    /**
     * Whether the code is the app's for a step already used (now's or the one either side): someone is replaying
     * a code they saw, or the owner typed it twice. Either way the owner should hear of it (ASVS 2.8.5).
     */
    public boolean isUsedCode(String code, Instant now, SecondFactorKey key) {
        if (!hasSecondFactor() || lastOneTimeCodeStep == null) {
            return false;
        }
        OptionalLong step = OneTimeCodes.matchingStep(key.open(oneTimeCodeSecret), code, now, Long.MIN_VALUE);
        return step.isPresent() && step.getAsLong() <= lastOneTimeCodeStep;
    }

    /** Seals a secret stored in clear before secrets were sealed; true if there was one. */
    public boolean sealSecondFactor(SecondFactorKey key) {
        if (!hasSecondFactor() || SecondFactorKey.isSealed(oneTimeCodeSecret)) {
            return false;
        }
        oneTimeCodeSecret = key.seal(oneTimeCodeSecret);
        return true;
    }

    /**
     * Another operator clears this one's second factor when the phone is lost or stolen and no recovery code is
     * left (ASVS 2.5.7, 2.8.6): the secret and the recovery codes go, every session ends (as a new password ends
     * them), and the next login enrols anew.
     */
    public void resetSecondFactor() {
        oneTimeCodeSecret = null;
        lastOneTimeCodeStep = null;
        recoveryCodeHashes.clear();
        credentialsVersion = credentialsVersion() + 1;
    }

    /** The user handle of the operator's security keys: one made now from the given random bytes if none yet. */
    public String securityKeyUserHandle(byte[] newHandle) {
        if (securityKeyUserHandle == null) {
            securityKeyUserHandle = Base64.getUrlEncoder().withoutPadding().encodeToString(newHandle);
        }
        return securityKeyUserHandle;
    }

    public int recoveryCodesLeft() {
        return recoveryCodeHashes.size();
    }
}
