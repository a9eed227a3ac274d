package org.orderdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;
import org.orderdesk.security.domain.Account;

/**
 * The operator's own current sign-in code (of the app, or a recovery code), asked again before a console action
 * that changes how someone signs in (a step-up, ASVS 4.3.3): a session left open, or taken over, cannot do it. A
 * wrong code counts like a wrong password, and while the account must wait even the right one is refused.
 */
@ApplicationScoped
class OwnCodeStepUp {

    private static final Logger LOG = Logger.getLogger(OwnCodeStepUp.class.getName());

    @Inject
    private SecondFactorKeys keys;

    @Inject
    private LoginThrottles throttles;

    /** The account must be locked (findByEmailForUpdate): parallel wrong codes must all be counted. */
    boolean holds(Account operator, String code, Instant now, String purpose) {
        if (operator.isThrottledAt(now) || code == null || !operator.acceptSecondFactor(code, now, keys.key())) {
            operator.recordFailedLogin(now, throttles.account());
            LOG.warning(() -> purpose + " refused to operator account " + operator.id() + ": wrong own code");
            return false;
        }
        return true;
    }
}
