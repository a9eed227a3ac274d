package org.orderdesk.server;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.Callable;
import org.orderdesk.security.SecondFactorCredential;

/**
 * Who in-container tests call the services as. Customers and operators log in the way the login page logs them
 * in: through the application's own authentication mechanism and identity store, inside the test's HTTP request,
 * after which the container hands that caller to every EJB the test calls (and to tasks the test then submits to a
 * managed executor). Until a test logs somebody in it calls as an anonymous visitor.
 */
@Dependent
public class Callers {

    @Inject
    private SecurityContext security;

    @Inject
    private HttpServletRequest request;

    @Inject
    private SystemIdentity system;

    @Resource
    private ContextService context;

    /** From now on the services see this account, which has ShopFixture.PASSWORD. */
    public void logIn(String email) {
        logIn(email, ShopFixture.PASSWORD);
    }

    /**
     * From now on the services see this account; an operator (of ShopFixture.newOperator) also gives the code of
     * their second factor, as on the second-factor page.
     */
    public void logIn(String email, String password) {
        if (!OperatorCodes.isEnrolled(email)) {
            authenticate(email, new UsernamePasswordCredential(email, new Password(password)));
            return;
        }
        authenticate(email, new UsernamePasswordCredential(email, new Password(password)));
        authenticate(email, new SecondFactorCredential(OperatorCodes.nextCode(email)));
    }

    /**
     * An operator's first step alone: the password (ShopFixture.PASSWORD) is right, the second factor owed. The
     * container answers SUCCESS for it as for a login, but the caller is nobody until the second step.
     */
    public void logInWithPasswordOnly(String email) {
        authenticate(email, new UsernamePasswordCredential(email, new Password(ShopFixture.PASSWORD)));
    }

    private void authenticate(String email, Credential credential) {
        AuthenticationStatus status = security.authenticate(request, ResponseKeeper.responseTo(request),
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("Could not log in " + email + ": " + status);
        }
    }

    /** From now on the services see an anonymous visitor. */
    public void logOut() throws ServletException {
        request.logout();
    }

    /**
     * The work, to run later on another thread as whoever is logged in now: so that a race can start callers of
     * several identities at once.
     */
    @SuppressWarnings("unchecked")
    public <T> Callable<T> boundToCaller(Callable<T> work) {
        return context.createContextualProxy(work, Callable.class);
    }

    /** Runs the work as the timers and the start-up seeding do. */
    public <T> T asSystem(Callable<T> work) throws Exception {
        return system.call(work);
    }
}
