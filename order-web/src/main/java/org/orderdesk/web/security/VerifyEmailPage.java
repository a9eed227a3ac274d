package org.orderdesk.web.security;

import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Messages;
import org.orderdesk.customer.CustomerService;
import org.orderdesk.security.EmailVerificationService;
import org.orderdesk.web.i18n.LanguageSelection;

/**
 * The page behind the mailed verification link. Opening it changes nothing (mail scanners open links too); the
 * button verifies the address, logs the customer in and takes them on to where they were going when they
 * registered (the link's "next"), with the cart they filled in this browser.
 */
@Named
@ViewScoped
public class VerifyEmailPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Tokens are 43 characters; anything much longer is not one, and is not looked up. */
    private static final int MAX_TOKEN_LENGTH = 100;

    @Inject
    private EmailVerificationService verifications;

    @Inject
    private Authentication authentication;

    @Inject
    private CustomerService customers;

    @Inject
    private LanguageSelection language;

    @Inject
    private Event<CustomerLoggedIn> loggedIn;

    private String token;
    private boolean usable;

    /** f:viewAction on the first GET: tells a dead link before the customer presses anything. */
    public void check() {
        usable = isToken(token) && verifications.isUsable(token);
    }

    public String verify() throws IOException {
        // A customer who logged in with their password before verifying already has the account's cart here.
        boolean guest = !authentication.isLoggedIn();
        if (!isToken(token) || !authentication.logInWithVerificationLink(token)) {
            usable = false;
            return null;
        }
        language.apply(customers.profile().preferredLanguage());
        if (guest) {
            loggedIn.fire(new CustomerLoggedIn());
        }
        Messages.addFlashGlobalInfo("registration.welcome");
        return authentication.continueTo("/account/profile?faces-redirect=true");
    }

    private static boolean isToken(String text) {
        return text != null && text.length() <= MAX_TOKEN_LENGTH;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isUsable() {
        return usable;
    }
}
