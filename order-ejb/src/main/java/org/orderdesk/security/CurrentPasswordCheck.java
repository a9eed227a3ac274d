package org.orderdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;
import org.orderdesk.security.domain.Account;

/**
 * The current password asked again before a logged-in customer changes what protects the account (a new password,
 * ending sessions), so that a session left open cannot be used to take it over. Wrong ones count towards the
 * login throttle, and while it holds even the right one is refused, so the form is no way around the login's.
 */
@ApplicationScoped
class CurrentPasswordCheck {

    private static final Logger LOG = Logger.getLogger(CurrentPasswordCheck.class.getName());

    @Inject
    private PasswordHasher hasher;

    @Inject
    private LoginThrottles throttles;

    /** The account must be locked (findByEmailForUpdate): parallel wrong passwords must all be counted. */
    boolean holds(Account account, String currentPassword, Instant now, String purpose) {
        if (!hasher.matches(currentPassword.toCharArray(), account.passwordHash())) {
            account.recordFailedLogin(now, throttles.account());
            LOG.warning(() -> purpose + " refused: wrong current password for account " + account.id());
            return false;
        }
        if (account.isThrottledAt(now)) {
            LOG.warning(() -> purpose + " refused: account " + account.id() + " must wait");
            return false;
        }
        return true;
    }
}
