package org.orderdesk.customer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.orderdesk.customer.domain.Customer;
import org.orderdesk.mail.PublicLinks;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.security.AccountRepository;
import org.orderdesk.security.OwnerMails;
import org.orderdesk.security.PasswordHasher;
import org.orderdesk.security.PasswordRefusedException;
import org.orderdesk.security.VerificationMails;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.Role;
import org.orderdesk.security.domain.Roles;

/**
 * Opening a customer account (operators are never created here). The visitor learns nothing about whether the
 * address already has an account (ASVS 2.2.x, 3.x: no account enumeration): both ways they are told a link was
 * mailed, both ways the password is hashed and one mail is queued. A new address gets the verification link; the
 * owner of a registered one is told that someone tried, with links to log in and to reset the password.
 */
@Stateless
@PermitAll
// Visitors who register are anonymous; their mails are queued as the system, as no person can.
@RunAs(Roles.SYSTEM)
public class RegistrationService {

    private static final Logger LOG = Logger.getLogger(RegistrationService.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private CustomerRepository customers;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private VerificationMails verificationMails;

    @Inject
    private OwnerMails ownerMails;

    @Inject
    private PublicLinks links;

    @Inject
    private Clock clock;

    /**
     * The password is checked first, against the address typed, so that its refusal never depends on whether
     * the address has an account.
     *
     * @param next the local path the verification link takes the customer on to, or null
     */
    public void register(@NotNull @Valid Registration registration, @Size(max = 1000) String next)
            throws PasswordRefusedException {
        PasswordRefusedException.check(registration.password(), registration.email());
        String passwordHash = hasher.hash(registration.password().toCharArray());
        Instant now = clock.instant();
        Optional<Account> existing = accounts.findByEmail(registration.email());
        if (existing.isPresent()) {
            // Never two mails with one key: a key per attempt.
            ownerMails.queue(existing.get(), MailKind.REGISTRATION_ATTEMPT, existing.get().id() + "." + UUID.randomUUID(),
                    "registration-attempt", Map.of(
                            "loginLink", links.page("/shop/login"),
                            "resetLink", links.page("/shop/forgot-password")), now);
            LOG.info(() -> "Registration tried for the address of account " + existing.get().id());
            return;
        }
        Account account = new Account(registration.email(), registration.displayName().strip(), passwordHash,
                Role.CUSTOMER);
        accounts.add(account);
        Customer customer = new Customer(account, registration.phone(), registration.language());
        customers.add(customer);
        customers.flush();
        verificationMails.start(account, next, now);
        LOG.info(() -> "Registered customer " + customer.number() + ", address not yet verified");
    }
}
