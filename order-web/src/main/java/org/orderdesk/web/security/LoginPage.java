package org.orderdesk.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.omnifaces.util.Messages;
import org.orderdesk.customer.CustomerService;
import org.orderdesk.web.i18n.LanguageSelection;

/**
 * The login form. A refusal always reads the same, whether the e-mail is unknown, the password wrong or the
 * account locked.
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    private Authentication authentication;

    @Inject
    private CustomerService customers;

    @Inject
    private LanguageSelection language;

    @Inject
    private Event<CustomerLoggedIn> loggedIn;

    @NotBlank(message = "{orderdesk.required}")
    @Size(max = 254, message = "{orderdesk.tooLong}")
    private String email;
    @PasswordField
    private String password;

    public String logIn() throws IOException {
        if (!authentication.logIn(email, password)) {
            Messages.addError(null, "login.failed");
            return null;
        }
        if (authentication.isSecondFactorNext()) {
            // Always an operator: the console opens after the second factor (SecondFactorPage).
            return authentication.toSecondFactor();
        }
        language.apply(customers.profile().preferredLanguage());
        loggedIn.fire(new CustomerLoggedIn());
        return authentication.continueTo("/account/profile?faces-redirect=true");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
