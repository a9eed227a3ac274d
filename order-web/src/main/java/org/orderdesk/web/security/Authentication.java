package org.orderdesk.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Logs the visitor in through Jakarta Security, from the login and the registration pages. */
@RequestScoped
public class Authentication {

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    /**
     * True when logged in. The mechanism may already have redirected to the page that asked for the login
     * (the response is then complete). The session id is changed on every login, against session fixation.
     */
    public boolean logIn(String email, String password) {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .newAuthentication(true));
        boolean loggedIn = status == AuthenticationStatus.SUCCESS
                || status == AuthenticationStatus.SEND_CONTINUE && security.getCallerPrincipal() != null;
        if (loggedIn) {
            request.changeSessionId();
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        }
        return loggedIn;
    }

    public boolean isOperator() {
        return security.isCallerInRole(Roles.OPERATOR);
    }
}
