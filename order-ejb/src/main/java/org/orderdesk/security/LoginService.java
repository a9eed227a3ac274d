package org.orderdesk.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiPredicate;
import java.util.logging.Logger;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.RecoveryCodes;
import org.orderdesk.security.domain.Role;
import org.orderdesk.security.domain.Roles;
import org.orderdesk.security.domain.SecurityKey;

/**
 * Checks a login and throttles guessing, per account and per client address, with growing delays instead of a
 * lock: a stranger's wrong passwords slow down strangers, never the owner at the address of their last login.
 * Every refusal looks the same to the caller, and every path hashes once, so neither the answer nor its timing
 * tells whether an e-mail is registered or a login is being throttled. Each outcome is logged with the address.
 *
 * <p>An operator's password is only the first step: the second is a one-time code of their authenticator app or a
 * recovery code (ASVS 2.8, 4.3.1), enrolled at their first login, or one of their security keys (ASVS 2.3.2).
 * Wrong codes and refused keys count like wrong passwords, in the same throttles; the login counts as successful
 * (and its address as the owner's) only after the second step. Secrets and codes are never constrained parameters
 * here, so a refused call can never put them in the log.
 */
@Stateless
@PermitAll
// Whoever logs in has no role yet; the notice of a code used again is queued as the system, as no person can.
@RunAs(Roles.SYSTEM)
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AddressThrottle addresses;

    @Inject
    private Clock clock;

    @Inject
    private LoginThrottles throttles;

    @Inject
    private UsedCodeNotice usedCodeNotice;

    @Inject
    private SecondFactorKeys keys;

    @Inject
    private SecurityKeyRepository securityKeys;

    @Inject
    private SecurityKeyVerifier verifier;

    /** Who logged in, or nothing for any refusal. */
    public Optional<AccountIdentity> authenticate(@NotNull String email, @NotNull char[] password,
                                                  @NotNull String clientAddress) {
        Optional<Account> found = accounts.findByEmailForUpdate(email);
        boolean passwordMatches = hasher.matches(password,
                found.map(Account::passwordHash).orElseGet(hasher::decoy));
        Instant now = clock.instant();
        if (found.isEmpty() || !passwordMatches) {
            found.ifPresent(account -> account.recordFailedLogin(now, throttles.account()));
            addresses.recordFailure(clientAddress, now);
            LOG.warning(() -> "Login refused from " + clientAddress + ": "
                    + found.map(account -> "wrong password for account " + account.id()).orElse("unknown e-mail"));
            return Optional.empty();
        }
        Account account = found.get();
        if (addresses.isThrottled(clientAddress, now) || account.isThrottledFor(clientAddress, now)) {
            LOG.warning(() -> "Login refused from " + clientAddress + ": account " + account.id()
                    + " or the address must wait after wrong passwords");
            return Optional.empty();
        }
        if (account.role() == Role.OPERATOR) {
            LOG.info(() -> "Password accepted: account " + account.id() + " from " + clientAddress
                    + ", second factor next");
            return Optional.of(AccountIdentity.of(account));
        }
        account.recordSuccessfulLogin(clientAddress);
        LOG.info(() -> "Login: account " + account.id() + " from " + clientAddress);
        return Optional.of(AccountIdentity.of(account));
    }

    /** Whether the operator has enrolled a second factor yet. */
    public boolean hasSecondFactor(@NotNull String email) {
        return accounts.findByEmail(email).filter(Account::hasSecondFactor).isPresent();
    }

    /**
     * Enrols the secret the operator's app was given, if the code is of it; returns the new recovery codes, the
     * only time they exist in clear.
     */
    public Optional<List<String>> enrolSecondFactor(@NotNull String email, String secret, String code,
                                                    @NotNull String clientAddress) {
        List<String> recoveryCodes = RecoveryCodes.newCodes();
        List<String> hashes = recoveryCodes.stream().map(RecoveryCodes::hash).toList();
        boolean enrolled = secondStep(email, clientAddress, "enrolment",
                (account, now) -> account.enrolSecondFactor(secret, code, now, hashes, keys.key()));
        return enrolled ? Optional.of(recoveryCodes) : Optional.empty();
    }

    /** The second step of an operator's login: a one-time code, or a recovery code, which is then spent. */
    public boolean checkSecondFactor(@NotNull String email, String code, @NotNull String clientAddress) {
        return secondStep(email, clientAddress, "code", (account, now) -> {
            if (account.acceptSecondFactor(code, now, keys.key())) {
                return true;
            }
            if (account.isUsedCode(code, now, keys.key())) {
                usedCodeNotice.queue(account, clientAddress, now);
            }
            return false;
        });
    }

    /**
     * The ids of the operator's security keys (URL-safe Base64), which the browser may sign the second step with;
     * none for an unknown address.
     */
    public List<String> securityKeyIds(@NotNull String email) {
        return accounts.findByEmail(email).map(securityKeys::of).orElse(List.of()).stream()
                .map(SecurityKey::credentialId).toList();
    }

    /**
     * The second step of an operator's login with one of their security keys instead of a code: the assertion
     * must verify against that key for this session's ceremony. A refused one counts like a wrong code, in the
     * same throttles; so does an assertion of a key that is not this operator's.
     */
    public boolean checkSecurityKey(@NotNull String email, @NotNull SecurityKeyAssertion assertion,
                                    @NotNull KeyCeremony ceremony, @NotNull String clientAddress) {
        return secondStep(email, clientAddress, "security key", (account, now) -> securityKeys.of(account).stream()
                .filter(key -> key.credentialId().equals(assertion.credentialId()))
                .findFirst()
                .filter(key -> acceptsUse(key, assertion, ceremony))
                .isPresent());
    }

    /** Whether the assertion verifies against the key; if so, the key keeps the counter of this use. */
    private boolean acceptsUse(SecurityKey key, SecurityKeyAssertion assertion, KeyCeremony ceremony) {
        OptionalLong counter = verifier.verifyAssertion(assertion, ceremony, key);
        counter.ifPresent(key::usedWithCounter);
        return counter.isPresent();
    }

    /**
     * A wrong code counts like a wrong password. While the account or the address must wait, no code is even
     * checked (a right one would be used up for nothing) and every try counts as wrong, so that hammering only
     * makes the wait longer.
     */
    private boolean secondStep(String email, String clientAddress, String what,
                               BiPredicate<Account, Instant> check) {
        Account account = accounts.findByEmailForUpdate(email).orElse(null);
        if (account == null) {
            return false;
        }
        Instant now = clock.instant();
        if (addresses.isThrottled(clientAddress, now) || account.isThrottledFor(clientAddress, now)) {
            recordFailure(account, clientAddress, now);
            LOG.warning(() -> "Second factor (" + what + ") refused from " + clientAddress + ": account "
                    + account.id() + " or the address must wait after wrong passwords or codes");
            return false;
        }
        if (!check.test(account, now)) {
            recordFailure(account, clientAddress, now);
            LOG.warning(() -> "Second factor (" + what + ") refused from " + clientAddress
                    + ": wrong code for account " + account.id());
            return false;
        }
        account.recordSuccessfulLogin(clientAddress);
        LOG.info(() -> "Login: account " + account.id() + " from " + clientAddress + " with a second factor ("
                + what + "), " + account.recoveryCodesLeft() + " recovery codes left");
        return true;
    }

    /**
     * What a session logged in as this caller must still carry to stay logged in (Account.credentialsVersion);
     * empty when the account is gone. Asked on every request of a logged-in session, so it reads one column.
     */
    public Optional<Long> credentialsVersion(@NotNull String email) {
        return accounts.credentialsVersion(email);
    }

    /** The account's id, for log lines that name an account without its e-mail address. */
    public Optional<Long> accountId(@NotNull String email) {
        return accounts.findByEmail(email).map(Account::id);
    }

    private void recordFailure(Account account, String clientAddress, Instant now) {
        account.recordFailedLogin(now, throttles.account());
        addresses.recordFailure(clientAddress, now);
    }
}
