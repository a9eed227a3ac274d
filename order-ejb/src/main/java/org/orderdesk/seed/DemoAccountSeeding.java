package org.orderdesk.seed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.orderdesk.customer.CustomerRepository;
import org.orderdesk.customer.domain.Customer;
import org.orderdesk.security.AccountRepository;
import org.orderdesk.security.FirstPasswordLinks;
import org.orderdesk.security.PasswordHasher;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.Role;
import org.orderdesk.security.domain.Roles;

/**
 * Creates the demo customer and the first operator from configuration. Operators never register themselves, so
 * this is how a new shop gets its first one. Without a configured password the account has none until its first
 * is set through a link written to the server log (FirstPasswordLinks): a released EAR never ships a known
 * password, and no generated one lives on.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class DemoAccountSeeding {

    private static final Logger LOG = Logger.getLogger(DemoAccountSeeding.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private CustomerRepository customers;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private FirstPasswordLinks firstPasswords;

    @Inject
    @ConfigProperty(name = "orderdesk.operator.email")
    private String operatorEmail;

    @Inject
    @ConfigProperty(name = "orderdesk.operator.name")
    private String operatorName;

    @Inject
    @ConfigProperty(name = "orderdesk.operator.password")
    private Optional<String> operatorPassword;

    @Inject
    @ConfigProperty(name = "orderdesk.demo.customer.email")
    private String customerEmail;

    @Inject
    @ConfigProperty(name = "orderdesk.demo.customer.name")
    private String customerName;

    @Inject
    @ConfigProperty(name = "orderdesk.demo.customer.password")
    private Optional<String> customerPassword;

    public void seedOperator() {
        Account operator = accounts.findByEmail(operatorEmail)
                .orElseGet(() -> added(operatorEmail, operatorName, operatorPassword, Role.OPERATOR));
        announceFirstPasswordLink(operator);
    }

    public void seedDemoCustomer() {
        Account customer = accounts.findByEmail(customerEmail).orElseGet(() -> {
            Account account = added(customerEmail, customerName, customerPassword, Role.CUSTOMER);
            customers.add(new Customer(account, null, "ru"));
            return account;
        });
        announceFirstPasswordLink(customer);
    }

    private Account added(String email, String name, Optional<String> configured, Role role) {
        Account account = configured.filter(password -> !password.isBlank())
                .map(password -> new Account(email, name, hasher.hash(password.toCharArray()), role))
                .orElseGet(() -> firstPasswords.accountAwaitingIt(email, name, role));
        accounts.add(account);
        return account;
    }

    /** Written at every start until the password is set, so that a lost or expired link is no locked-out shop. */
    private void announceFirstPasswordLink(Account account) {
        if (account.awaitsFirstPassword()) {
            String link = firstPasswords.issue(account);
            LOG.warning(() -> "No password was configured for " + account.email()
                    + ": set it within 24 hours, once, at " + link);
        }
    }
}
