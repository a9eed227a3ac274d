package org.orderdesk.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.orderdesk.security.KeyCeremony;
import org.orderdesk.security.SecondFactorCredential;
import org.orderdesk.security.SecurityKeyAssertion;
import org.orderdesk.security.SecurityKeyCredential;

/** Logs the visitor in through Jakarta Security, from the login and the registration pages. */
@RequestScoped
public class Authentication {

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    @Inject
    private ReturnAfterLogin returnAfterLogin;

    /**
     * True when the password was right: the visitor is logged in, or, an operator, is on to the second factor
     * (isSecondFactorNext). The session id is changed on every login, against session fixation.
     */
    public boolean logIn(String email, String password) {
        boolean right = authenticate(new UsernamePasswordCredential(email, new Password(password)))
                || isSecondFactorNext();
        if (right) {
            changeSessionId();
        }
        return right;
    }

    /** Verifies the address with the mailed link's token and logs its account in; false for a dead link. */
    public boolean logInWithVerificationLink(String token) {
        return logInWith(new VerificationLinkCredential(token));
    }

    /**
     * The second step of an operator's login, on the session the password began it on; true when logged in. The
     * session id changes again, as at every login.
     */
    public boolean logInWithSecondFactor(String code) {
        return logInWith(new SecondFactorCredential(code));
    }

    /** The second step with one of the operator's security keys instead of a code; as logInWithSecondFactor. */
    public boolean logInWithSecurityKey(SecurityKeyAssertion assertion, KeyCeremony ceremony) {
        return logInWith(new SecurityKeyCredential(assertion, ceremony));
    }

    private boolean logInWith(Credential credential) {
        boolean loggedIn = authenticate(credential);
        if (loggedIn) {
            changeSessionId();
        }
        return loggedIn;
    }

    private boolean authenticate(Credential credential) {
        ExternalContext external = faces.getExternalContext();
        return security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true))
                == AuthenticationStatus.SUCCESS;
    }

    private void changeSessionId() {
        ((HttpServletRequest) faces.getExternalContext().getRequest()).changeSessionId();
    }

    /** Whether the password was an operator's, who must now give the second factor to be logged in. */
    public boolean isSecondFactorNext() {
        return SecondFactorPending.of((HttpSession) faces.getExternalContext().getSession(false)).isPresent();
    }

    /**
     * On to the second-factor page, keeping the page the login link asked to come back to for after it (the
     * protected page that sent the visitor to log in is kept already).
     */
    public String toSecondFactor() {
        HttpSession session = (HttpSession) faces.getExternalContext().getSession(true);
        returnAfterLogin.requested().ifPresent(path -> LoginDestination.keep(session, path));
        return SessionAuthenticationMechanism.SECOND_FACTOR_PAGE + "?faces-redirect=true";
    }

    /**
     * The key of this session's login (AccountSession), which services that end or keep logins are told is the
     * caller's own.
     */
    public String sessionKey() {
        return SignedInCaller.of((HttpSession) faces.getExternalContext().getSession(false)).orElseThrow()
                .sessionKey();
    }

    /** After the caller set a new password here (the service kept this login), a new session id. */
    public void keepSessionAfterNewPassword() {
        changeSessionId();
    }

    /**
     * Where a login now would continue to (see continueTo), without using it up: for the verification link of a
     * registration, which may be opened in another browser.
     */
    public Optional<String> destination() {
        return returnAfterLogin.requested()
                .or(() -> LoginDestination.peek((HttpSession) faces.getExternalContext().getSession(false)));
    }

    /**
     * Where the visitor goes after logging in or registering: the page their login link asked to come back to,
     * else the protected page that sent them to the login, else the given outcome. Returns null once it has
     * redirected itself.
     */
    public String continueTo(String defaultOutcome) throws IOException {
        Optional<String> destination = takeDestination();
        if (destination.isEmpty()) {
            return defaultOutcome;
        }
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + destination.get());
        return null;
    }

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    /**
     * Where the visitor goes after logging in or registering, taken for this login (see continueTo): the page
     * their login link asked to come back to, else the protected page that sent them to the login.
     */
    public Optional<String> takeDestination() {
        Optional<String> sentFrom = LoginDestination.take((HttpSession) faces.getExternalContext().getSession(false));
        return returnAfterLogin.requested().or(() -> sentFrom);
    }
}
