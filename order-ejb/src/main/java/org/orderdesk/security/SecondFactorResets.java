package org.orderdesk.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.orderdesk.mail.MailKind;
import org.orderdesk.mail.PublicLinks;

/**
 * An operator who lost their phone and every recovery code cannot log in; another operator clears their second
 * factor from the console (ASVS 2.5.7, 2.8.6). Never one's own: an intruder holding a session must not be able to
 * replace the owner's app with theirs, and the owner, who could, has recovery codes for that.
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

    @RolesAllowed(Roles.OPERATOR)
    public List<OperatorRow> operators() {
        return accounts.operators().stream()
                .map(account -> new OperatorRow(account.email(), account.displayName(), account.hasSecondFactor()))
                .toList();
    }

    /**
     * Clears the other operator's secret and recovery codes and ends their sessions; they enrol again at their
     * next login and are told by mail. False, and nothing changed, for the caller's own address or one that is no
     * operator's.
     */
    @RolesAllowed(Roles.OPERATOR)
    public boolean reset(@NotBlank String email) {
        String caller = session.getCallerPrincipal().getName();
        Account by = accounts.findByEmail(caller).orElseThrow();
        Optional<Account> found = accounts.findByEmailForUpdate(email)
                .filter(account -> account.role() == Role.OPERATOR && !account.id().equals(by.id()));
        if (found.isEmpty()) {
            LOG.warning(() -> "Second factor reset refused to operator account " + by.id()
                    + ": not another operator's address");
            return false;
        }
        Account operator = found.get();
        operator.resetSecondFactor();
        mails.queue(operator, MailKind.SECOND_FACTOR_RESET, operator.id() + "." + operator.credentialsVersion(),
                "second-factor-reset", Map.of("link", links.page("/shop/login")), clock.instant());
        LOG.info(() -> "Second factor of operator account " + operator.id() + " reset by operator account "
                + by.id() + "; its sessions ended");
        return true;
    }
}
