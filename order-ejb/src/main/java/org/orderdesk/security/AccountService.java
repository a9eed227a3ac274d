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
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.AccountSession;
import org.orderdesk.security.domain.Roles;

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
    private CurrentPasswordCheck passwordCheck;

    @Inject
    private AccountSessionRepository sessions;

    @Inject
    private PasswordChangeNotice notice;

    @Inject
    private Clock clock;

    /**
     * Needs the current password (CurrentPasswordCheck). The new password ends every other session, keeps the
     * one with the given key (the caller's own) logged in, and the owner gets a mail. Always the caller's own
     * account.
     */
    @RolesAllowed(Roles.CUSTOMER)
    public boolean changePassword(@NotNull String currentPassword, @NotNull String newPassword,
            @NotNull String currentSessionKey) throws PasswordRefusedException {
        Account account = accounts.findByEmailForUpdate(session.getCallerPrincipal().getName()).orElseThrow();
        Instant now = clock.instant();
        if (!passwordCheck.holds(account, currentPassword, now, "Password change")) {
            return false;
        }
        PasswordRefusedException.check(newPassword, account.email());
        account.changePasswordHash(hasher.hash(newPassword.toCharArray()));
        sessions.findByKey(currentSessionKey).filter(own -> own.belongsTo(account))
                .ifPresent(AccountSession::keptAfterNewPassword);
        sessions.removeAllBut(account, currentSessionKey);
        notice.queue(account, now);
        LOG.info(() -> "Password changed for account " + account.id());
        return true;
    }
}
