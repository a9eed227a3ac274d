package org.orderdesk.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.orderdesk.security.AccountSessions;
import org.orderdesk.security.LoginService;
import org.orderdesk.security.SecondFactorCredential;
import org.orderdesk.security.SecurityKeyCredential;
import org.orderdesk.security.domain.OneTimeCodes;
import org.orderdesk.security.domain.Roles;
import org.orderdesk.web.platform.ClientAddress;

/**
 * Logs a caller in from the login form and, on every later request, tells the container who they are and what
 * groups they have, from the session.
 *
 * <p>Why not the built-in form mechanism: with it, Soteria's auto-apply-session hands the container only the
 * session's principal, and Payara 6 matches it against a principal parked in a security context that all
 * threads share (payara/Payara#6145, fixed only in Payara 7). Under concurrent requests another request
 * overwrites or clears it, the caller is rebuilt without groups, and a logged-in customer gets a 403 with
 * nothing in the log. Here every request states name and groups itself, from a value of its own session, so no
 * request can see another's. The same value survives session replication, where the container's own login is
 * lost (payara/Payara#6342).
 *
 * <p>An operator logs in in two steps (ASVS 4.3.1): the password leaves the session SecondFactorPending, with no
 * rights at all, and only the second factor (SecondFactorCredential, or SecurityKeyCredential for a security key)
 * makes it an operator's. Until then every protected page sends the session to the second-factor page, which also
 * enrols an operator who has none yet.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/shop/login";
    static final String SECOND_FACTOR_PAGE = "/shop/second-factor";
    /** The request attribute where the recovery codes of a just-finished enrolment wait to be shown, once. */
    static final String NEW_RECOVERY_CODES = SessionAuthenticationMechanism.class.getName() + ".recoveryCodes";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private LoginService logins;

    @Inject
    private AccountSessions sessions;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private Clock clock;

    /**
     * ASVS 3.3.2 (Level 2): a login lasts at most this long, however active the session; web.xml ends an idle one
     * sooner.
     */
    @Inject
    @ConfigProperty(name = "orderdesk.session.absolute-lifetime", defaultValue = "PT12H")
    private Duration absoluteLifetime;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof SecondFactorCredential secondFactor) {
            return secondStep(request, response, context,
                    (pending, address) -> checkCode(pending, secondFactor.code(), address, request));
        }
        if (credential instanceof SecurityKeyCredential key) {
            // Keys are registered once signed in, so an operator still enrolling the app has none.
            return secondStep(request, response, context, (pending, address) -> !pending.isEnrolling()
                    && logins.checkSecurityKey(pending.name(), key.assertion(), key.ceremony(), address));
        }
        if (credential != null) {
            return logIn(credential, request, response, context);
        }
        HttpSession session = request.getSession(false);
        Optional<SignedInCaller> caller = SignedInCaller.of(session);
        if (caller.isPresent() && isCurrent(caller.get())) {
            return context.notifyContainerAboutLogin(caller.get().name(), caller.get().groups());
        }
        if (caller.isPresent()) {
            session.invalidate();
            session = null; // ended: it can hold no second step either
        }
        if (context.isProtected()) {
            LoginDestination.remember(request);
            // Not context.redirect: the container would make it absolute with the Host header the client chose.
            response.setStatus(HttpServletResponse.SC_FOUND);
            // An operator halfway in is held at the second step, whatever page they try.
            String page = SecondFactorPending.of(session).isPresent() ? SECOND_FACTOR_PAGE : LOGIN_PAGE;
            response.setHeader("Location", request.getContextPath() + page);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.doNothing();
    }

    /**
     * A session whose login its owner ended from another one, or that logged in before the account's last new
     * password (set elsewhere: another session, a reset link), ends here, so a password change or reset cuts off
     * whoever else was logged in; so does one whose login is older than the absolute lifetime.
     */
    private boolean isCurrent(SignedInCaller caller) {
        return !caller.hasOutlived(absoluteLifetime, clock.instant()) && sessions.isCurrent(caller.sessionKey());
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        SignedInCaller.of(session).ifPresent(caller -> sessions.close(caller.sessionKey()));
        SignedInCaller.forget(session);
        context.cleanClientSubject();
    }

    private AuthenticationStatus logIn(Credential credential, HttpServletRequest request,
            HttpServletResponse response, HttpMessageContext context) {
        // A new password starts over: whatever second step an earlier one left pending is dropped.
        SecondFactorPending.forget(request.getSession(false));
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // No error response: the login page itself says, always in the same words, that it did not work.
            return AuthenticationStatus.SEND_FAILURE;
        }
        String name = result.getCallerPrincipal().getName();
        long credentialsVersion = logins.credentialsVersion(name).orElseThrow();
        HttpSession session = request.getSession();
        if (result.getCallerGroups().contains(Roles.OPERATOR)) {
            SignedInCaller.forget(session);
            new SecondFactorPending(name, result.getCallerGroups(), credentialsVersion,
                    logins.hasSecondFactor(name) ? null : OneTimeCodes.newSecret()).keepIn(session);
            return context.doNothing();
        }
        SecondFactorPending.forget(session);
        SignedInCaller caller = new SignedInCaller(name, result.getCallerGroups(),
                openSession(name, credentialsVersion, request, response), clock.instant());
        caller.keepIn(session);
        return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }

    /**
     * The second factor (a code, or a security key) finishes the login the password began on this session; the
     * check gets what is pending and the client's address.
     */
    private AuthenticationStatus secondStep(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, BiPredicate<SecondFactorPending, String> check) {
        HttpSession session = request.getSession(false);
        Optional<SecondFactorPending> found = SecondFactorPending.of(session);
        if (found.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SecondFactorPending pending = found.get();
        if (!check.test(pending, clientAddress.of(request))) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SecondFactorPending.forget(session);
        // Were the password changed meanwhile, isCurrent ends this session at its next request.
        SignedInCaller caller = pending.signedIn(
                openSession(pending.name(), pending.credentialsVersion(), request, response), clock.instant());
        caller.keepIn(session);
        return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }

    /**
     * A one-time or recovery code; or, while enrolling, the code that enrols the secret shown to the operator,
     * which then leaves the new recovery codes in the request for the page to show.
     */
    private boolean checkCode(SecondFactorPending pending, String code, String address, HttpServletRequest request) {
        if (!pending.isEnrolling()) {
            return logins.checkSecondFactor(pending.name(), code, address);
        }
        Optional<List<String>> recoveryCodes = logins.enrolSecondFactor(pending.name(), pending.enrolmentSecret(),
                code, address);
        recoveryCodes.ifPresent(codes -> request.setAttribute(NEW_RECOVERY_CODES, codes));
        return recoveryCodes.isPresent();
    }

    /**
     * The login's AccountSession, which its owner sees in their list of sessions, and a mail to the owner if the
     * browser is new to the account; returns the session's key.
     */
    private String openSession(String name, long credentialsVersion, HttpServletRequest request,
            HttpServletResponse response) {
        return sessions.open(name, credentialsVersion, clientAddress.of(request), request.getHeader("User-Agent"),
                DeviceCookie.of(request, response));
    }
}
