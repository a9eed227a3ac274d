package org.orderdesk.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.orderdesk.mail.PublicLinks;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.Role;
import org.orderdesk.security.domain.Roles;

/**
 * An operator who lost their phone and every recovery code cannot log in; another operator clears their second
 * factor from the console (ASVS 2.5.7, 2.8.6), security keys included. Never one's own: an intruder holding a
 * session must not be able to replace the owner's app with theirs, and the owner, who could, has recovery codes
 * for that.
 */
@Stateless
public class SecondFactorResets {

    private static final Logger LOG = Logger.getLogger(SecondFactorResets.class.getName());

    @Resource
    private SessionContext session;

    @Inject
    private AccountRepository accounts;

    @Inject
    private OwnerMails mails;

    @Inject
    private PublicLinks links;

    @Inject
    private Clock clock;

    @Inject
    private OwnCodeStepUp stepUp;

    @Inject
    private SecurityKeyRepository securityKeys;

    @RolesAllowed(Roles.OPERATOR)
    public List<OperatorRow> operators() {
        return accounts.operators().stream()
                .map(account -> new OperatorRow(account.email(), account.displayName(), account.hasSecondFactor()))
                .toList();
    }

    /** What came of a reset. */
    public enum Outcome {
        RESET,
        /** The address is the caller's own or no operator's: nothing changed. */
        NOT_ANOTHER_OPERATOR,
        /** The caller's own code was wrong, or they must wait after wrong ones: nothing changed. */
        WRONG_CODE
    }

    /**
     * Clears the other operator's secret, recovery codes and security keys and ends their sessions; they enrol
     * again at their next login and are told by mail. The caller proves again that they hold their own second factor with a
     * current code (a step-up, ASVS 4.3.3): a session left open, or taken over, cannot hand another operator's
     * account to whoever will enrol it next. A wrong code counts like a wrong password.
     */
    @RolesAllowed(Roles.OPERATOR)
    public Outcome reset(@NotBlank String email, String callersCode) {
        Account by = accounts.findByEmailForUpdate(session.getCallerPrincipal().getName()).orElseThrow();
        Optional<Account> found = accounts.findByEmailForUpdate(email)
                .filter(account -> account.role() == Role.OPERATOR && !account.id().equals(by.id()));
        if (found.isEmpty()) {
            LOG.warning(() -> "Second factor reset refused to operator account " + by.id()
                    + ": not another operator's address");
            return Outcome.NOT_ANOTHER_OPERATOR;
        }
        Instant now = clock.instant();
        if (!stepUp.holds(by, callersCode, now, "Second factor reset")) {
            return Outcome.WRONG_CODE;
        }
        Account operator = found.get();
        operator.resetSecondFactor();
        securityKeys.removeAll(operator);
        mails.queue(operator, MailKind.SECOND_FACTOR_RESET, operator.id() + "." + operator.credentialsVersion(),
                "second-factor-reset", Map.of("link", links.page("/shop/login")), now);
        LOG.info(() -> "Second factor of operator account " + operator.id() + " reset by operator account "
                + by.id() + "; its sessions ended");
        return Outcome.RESET;
    }
}
