package org.orderdesk.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/** Changing a customer's password (accounts are opened by RegistrationService). */
@Stateless
public class AccountService {

    @Resource
    private SessionContext session;

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private LoginThrottles throttles;

    @Inject
    private PasswordChangeNotice notice;

    @Inject
    private Clock clock;

    /**
     * Needs the current password, so that a session left open cannot be used to take over the account; wrong
     * ones count towards the login throttle, and while it holds even the right one is refused. The new password
     * ends every other session and the owner gets a mail. Always the caller's own account.
     */
    @RolesAllowed(Roles.CUSTOMER)
    public boolean changePassword(@NotNull String currentPassword, @NotNull String newPassword)
            throws PasswordRefusedException {
        Account account = accounts.findByEmailForUpdate(session.getCallerPrincipal().getName()).orElseThrow();
        Instant now = clock.instant();
        if (!hasher.matches(currentPassword.toCharArray(), account.passwordHash())) {
            account.recordFailedLogin(now, throttles.account());
            LOG.warning(() -> "Password change refused: wrong current password for account " + account.id());
            return false;
        }
        if (account.isThrottledAt(now)) {
            LOG.warning(() -> "Password change refused: account " + account.id() + " must wait");
            return false;
        }
        PasswordRefusedException.check(newPassword, account.email());
        account.changePasswordHash(hasher.hash(newPassword.toCharArray()));
        notice.queue(account, now);
        LOG.info(() -> "Password changed for account " + account.id());
        return true;
    }
}
