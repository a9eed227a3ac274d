package org.orderdesk.security;

import jakarta.annotation.PostConstruct;
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
 * Checks a login and throttles guessing, per account and per client address, with growing delays instead of a
 * lock: a stranger's wrong passwords slow down strangers, never the owner at the address of their last login.
 * Every refusal looks the same to the caller, and every path hashes once, so neither the answer nor its timing
 * tells whether an e-mail is registered or a login is being throttled. Each outcome is logged with the address.
 */
@Stateless
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
    @ConfigProperty(name = "orderdesk.login.free-failures", defaultValue = "5")
    private int freeFailures;

    @Inject
    @ConfigProperty(name = "orderdesk.login.address-free-failures", defaultValue = "20")
    private int addressFreeFailures;

    @Inject
    @ConfigProperty(name = "orderdesk.login.first-delay", defaultValue = "PT1S")
    private Duration firstDelay;

    @Inject
    @ConfigProperty(name = "orderdesk.login.max-delay", defaultValue = "PT15M")
    private Duration maxDelay;

    private LoginThrottle accountThrottle;
    private LoginThrottle addressThrottle;

    @PostConstruct
    void configure() {
        accountThrottle = new LoginThrottle(freeFailures, firstDelay, maxDelay);
        addressThrottle = new LoginThrottle(addressFreeFailures, firstDelay, maxDelay);
    }

    /** The account that logged in, or nothing for any refusal. */
    public Optional<Account> authenticate(@NotNull String email, @NotNull char[] password,
                                          @NotNull String clientAddress) {
        Optional<Account> found = accounts.findByEmailForUpdate(email);
        boolean passwordMatches = hasher.matches(password,
                found.map(Account::passwordHash).orElseGet(hasher::decoy));
        Instant now = clock.instant();
        if (found.isEmpty() || !passwordMatches) {
            found.ifPresent(account -> account.recordFailedLogin(now, accountThrottle));
            addresses.recordFailure(clientAddress, now, addressThrottle);
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
}
