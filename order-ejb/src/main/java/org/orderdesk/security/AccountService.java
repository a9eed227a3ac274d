package org.orderdesk.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.orderdesk.customer.Customer;
import org.orderdesk.customer.CustomerRepository;

/** Opening customer accounts and changing their passwords. Operators are never created here. */
@Stateless
@PermitAll
public class AccountService {

    @Resource
    private SessionContext session;

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private CustomerRepository customers;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private LoginThrottles throttles;

    @Inject
    private PasswordChangeNotice notice;

    @Inject
    private Clock clock;

    /** Returns the new customer's 8-digit number. */
    public String register(@NotNull @Valid Registration registration) throws EmailAlreadyRegisteredException {
        if (!PasswordPolicy.isAcceptable(registration.password())) {
            throw new IllegalArgumentException("Password does not meet the policy");
        }
        if (accounts.findByEmail(registration.email()).isPresent()) {
            throw new EmailAlreadyRegisteredException(registration.email());
        }
        Account account = new Account(registration.email(), registration.displayName().strip(),
                hasher.hash(registration.password().toCharArray()), Role.CUSTOMER);
        accounts.add(account);
        Customer customer = new Customer(account, registration.phone(), registration.language());
        customers.add(customer);
        customers.flush();
        LOG.info(() -> "Registered customer " + customer.customerNumber());
        return customer.customerNumber();
    }

    /**
     * Needs the current password, so that a session left open cannot be used to take over the account; wrong
     * ones count towards the login throttle, and while it holds even the right one is refused. The new password
     * ends every other session and the owner gets a mail. Always the caller's own account.
     */
    @RolesAllowed(Roles.CUSTOMER)
    public boolean changePassword(@NotNull String currentPassword, @NotNull String newPassword) {
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
        if (!PasswordPolicy.isAcceptable(newPassword)) {
            throw new IllegalArgumentException("Password does not meet the policy");
        }
        account.changePasswordHash(hasher.hash(newPassword.toCharArray()));
        notice.queue(account, now);
        LOG.info(() -> "Password changed for account " + account.id());
        return true;
    }
}
