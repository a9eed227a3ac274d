package org.orderdesk.seed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.orderdesk.customer.Customer;
import org.orderdesk.customer.CustomerRepository;
import org.orderdesk.security.Account;
import org.orderdesk.security.AccountRepository;
import org.orderdesk.security.PasswordHasher;
import org.orderdesk.security.RandomSecrets;
import org.orderdesk.security.Role;
import org.orderdesk.security.Roles;

/**
 * Creates the demo customer and the first operator from configuration. Operators never register themselves, so
 * this is how a new shop gets its first one. Without a configured password a random one is generated and logged
 * once: a released EAR never ships a known password.
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
        if (accounts.findByEmail(operatorEmail).isEmpty()) {
            accounts.add(new Account(operatorEmail, operatorName, hashOf(operatorEmail, operatorPassword),
                    Role.OPERATOR));
        }
    }

    public void seedDemoCustomer() {
        if (accounts.findByEmail(customerEmail).isEmpty()) {
            Account account = new Account(customerEmail, customerName, hashOf(customerEmail, customerPassword),
                    Role.CUSTOMER);
            accounts.add(account);
            customers.add(new Customer(account, null, "ru"));
        }
    }

    private String hashOf(String email, Optional<String> configured) {
        String password = configured.filter(p -> !p.isBlank()).orElseGet(() -> {
            String generated = RandomSecrets.of(15);
            LOG.warning(() -> "No password configured for " + email + "; generated one: " + generated);
            return generated;
        });
        return hasher.hash(password.toCharArray());
    }
}
