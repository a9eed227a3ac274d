package org.orderdesk.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a login and keeps the per-account throttle: after too many wrong passwords the account is locked for a
 * while. Every refusal looks the same to the caller, and every path hashes once, so neither the answer nor its
 * timing tells whether an e-mail is registered or an account is locked.
 */
@Stateless
@PermitAll
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "orderdesk.login.max-failures", defaultValue = "5")
    private int maxFailures;

    @Inject
    @ConfigProperty(name = "orderdesk.login.lock-duration", defaultValue = "PT15M")
    private Duration lockDuration;

    private LoginThrottle throttle;

    @PostConstruct
    void configure() {
        throttle = new LoginThrottle(maxFailures, lockDuration);
    }

    /** The account that logged in, or nothing for any refusal. */
    public Optional<Account> authenticate(@NotNull String email, @NotNull char[] password) {
        Optional<Account> found = accounts.findByEmailForUpdate(email);
        if (found.isEmpty()) {
            hasher.matches(password, hasher.decoy());
            LOG.info(() -> "Login refused: unknown e-mail");
            return Optional.empty();
        }
        Account account = found.get();
        Instant now = clock.instant();
        boolean passwordMatches = hasher.matches(password, account.passwordHash());
        if (account.isLockedAt(now)) {
            LOG.warning(() -> "Login refused: account " + account.id() + " is locked");
            return Optional.empty();
        }
        if (!passwordMatches) {
            account.recordFailedLogin(now, throttle);
            LOG.warning(() -> "Login refused: wrong password for account " + account.id()
                    + (account.isLockedAt(now) ? ", now locked for " + lockDuration : ""));
            return Optional.empty();
        }
        account.recordSuccessfulLogin();
        LOG.info(() -> "Login: account " + account.id());
        return Optional.of(account);
    }
}
