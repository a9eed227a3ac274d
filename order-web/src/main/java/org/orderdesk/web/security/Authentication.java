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
import org.orderdesk.security.LoginService;
import org.orderdesk.security.Roles;

/** Logs the visitor in through Jakarta Security, from the login and the registration pages. */
@RequestScoped
public class Authentication {

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    @Inject
    private ReturnAfterLogin returnAfterLogin;

    @Inject
    private LoginService logins;

    /** True when logged in. The session id is changed on every login, against session fixation. */
    public boolean logIn(String email, String password) {
        return logIn(new UsernamePasswordCredential(email, new Password(password)));
    }

    /** Verifies the address with the mailed link's token and logs its account in; false for a dead link. */
    public boolean logInWithVerificationLink(String token) {
        return logIn(new VerificationLinkCredential(token));
    }

    private boolean logIn(Credential credential) {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            return false;
        }
        request.changeSessionId();
        return true;
    }

    /**
     * Where the visitor goes after logging in or registering: the page their login link asked to come back to,
     * else the protected page that sent them to the login, else the given outcome. Returns null once it has
     * redirected itself.
     */
    /**
     * After the caller set a new password here, which ends every session logged in before, this one stays
     * logged in, under a new id.
     */
    public void keepSessionAfterNewPassword() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        HttpSession session = request.getSession();
        SignedInCaller.of(session).ifPresent(caller -> caller
                .withCredentialsVersion(logins.credentialsVersion(caller.name()).orElseThrow()).keepIn(session));
        request.changeSessionId();
    }

    /**
     * Where a login now would continue to (see continueTo), without using it up: for the verification link of a
     * registration, which may be opened in another browser.
     */
    public Optional<String> destination() {
        return returnAfterLogin.requested()
                .or(() -> LoginDestination.peek((HttpSession) faces.getExternalContext().getSession(false)));
    }

    public String continueTo(String defaultOutcome) throws IOException {
        ExternalContext external = faces.getExternalContext();
        Optional<String> sentFrom = LoginDestination.take((HttpSession) external.getSession(false));
        Optional<String> destination = returnAfterLogin.requested().or(() -> sentFrom);
        if (destination.isEmpty()) {
            return defaultOutcome;
        }
        external.redirect(external.getRequestContextPath() + destination.get());
        return null;
    }

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    public boolean isOperator() {
        return security.isCallerInRole(Roles.OPERATOR);
    }
}
