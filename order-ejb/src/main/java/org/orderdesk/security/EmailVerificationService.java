package org.orderdesk.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.EmailVerification;
import org.orderdesk.security.domain.Roles;

/**
 * Verifying a customer's e-mail address with the mailed link. Opening it proves the mailbox, as a password reset
 * link does, so it also logs the customer in; the link works once and for EmailVerification.LIFETIME. A customer
 * whose address waits may log in and fill the cart, but places no order (CheckoutService) until it is verified.
 */
@Stateless
public class EmailVerificationService {

    private static final Logger LOG = Logger.getLogger(EmailVerificationService.class.getName());

    @Resource
    private SessionContext session;

    @Inject
    private AccountRepository accounts;

    @Inject
    private EmailVerificationRepository verifications;

    @Inject
    private VerificationMails mails;

    @Inject
    private Clock clock;

    /** Whether the link would verify an address now (the page tells a dead link before anything is pressed). */
    @PermitAll
    public boolean isUsable(@NotNull String token) {
        return verifications.findByHash(RandomSecrets.hashOf(token)).filter(v -> v.isUsableAt(clock.instant()))
                .isPresent();
    }

    /**
     * Verifies the address of the link's account and spends the link; the account is the one to log in as.
     * Empty for a link that is used, expired or made up.
     */
    @PermitAll
    public Optional<AccountIdentity> verify(@NotNull String token, @NotNull String clientAddress) {
        Instant now = clock.instant();
        Optional<EmailVerification> found = verifications.findByHash(RandomSecrets.hashOf(token))
                .filter(v -> v.isUsableAt(now));
        if (found.isEmpty()) {
            LOG.warning(() -> "Address verification refused from " + clientAddress + ": the link does not work");
            return Optional.empty();
        }
        Account account = found.get().account();
        verifications.remove(found.get());
        account.recordSuccessfulLogin(clientAddress);
        LOG.info(() -> "Address verified, login: account " + account.id() + " from " + clientAddress);
        return Optional.of(AccountIdentity.of(account));
    }

    /** Whether the caller's address is verified, so that they may place orders. */
    @RolesAllowed(Roles.CUSTOMER)
    public boolean isCallerVerified() {
        return !verifications.isPending(caller());
    }

    /**
     * Mails the caller a new link (the one before stops working), at most once in EmailVerification
     * .RESEND_INTERVAL; false while the customer must wait. Nothing to send once the address is verified.
     *
     * @param next the local path the link takes the customer on to, or null
     */
    @RolesAllowed(Roles.CUSTOMER)
    public boolean sendAgain(@Size(max = 1000) String next) {
        Optional<EmailVerification> pending = verifications.findByAccountForUpdate(caller());
        Instant now = clock.instant();
        if (pending.isEmpty()) {
            return true;
        }
        if (!pending.get().requestAgain(now)) {
            return false;
        }
        mails.queue(pending.get(), next, now);
        return true;
    }

    private Account caller() {
        return accounts.findByEmail(session.getCallerPrincipal().getName()).orElseThrow();
    }
}
