package org.orderdesk.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks a login and throttles guessing, per account and per client address, with growing delays instead of a
 * lock: a stranger's wrong passwords slow down strangers, never the owner at the address of their last login.
 * Every refusal looks the same to the caller, and every path hashes once, so neither the answer nor its timing
 * tells whether an e-mail is registered or a login is being throttled. Each outcome is logged with the address.
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
    private AddressThrottle addresses;

    @Inject
    private Clock clock;

    @Inject
    private LoginThrottles throttles;

    /** The account that logged in, or nothing for any refusal. */
    public Optional<Account> authenticate(@NotNull String email, @NotNull char[] password,
                                          @NotNull String clientAddress) {
        Optional<Account> found = accounts.findByEmailForUpdate(email);
        boolean passwordMatches = hasher.matches(password,
                found.map(Account::passwordHash).orElseGet(hasher::decoy));
        Instant now = clock.instant();
        if (found.isEmpty() || !passwordMatches) {
            found.ifPresent(account -> account.recordFailedLogin(now, throttles.account()));
            addresses.recordFailure(clientAddress, now, throttles.address());
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
        account.recordSuccessfulLogin(clientAddress);
        LOG.info(() -> "Login: account " + account.id() + " from " + clientAddress);
        return Optional.of(account);
    }

    /**
     * What a session logged in as this caller must still carry to stay logged in (Account.credentialsVersion);
     * empty when the account is gone. Asked on every request of a logged-in session, so it reads one column.
     */
    public Optional<Long> credentialsVersion(@NotNull String email) {
        return accounts.credentialsVersion(email);
    }
}
