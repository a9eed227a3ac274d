package org.orderdesk.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.orderdesk.customer.Registration;
import org.orderdesk.customer.RegistrationService;
import org.orderdesk.security.PasswordRefusedException;
import org.orderdesk.web.i18n.LanguageSelection;

/**
 * Opening an account. The page answers the same for a new address and for one that has an account ("we sent a
 * link to ..."): the link in the mail finishes the registration, logs the customer in and takes them on to the
 * page they came from (the "next" parameter), e.g. back to the checkout.
 */
@Named
@RequestScoped
public class RegistrationPage {

    @Inject
    private RegistrationService registrations;

    @Inject
    private LanguageSelection language;

    @Inject
    private Authentication authentication;

    @EmailField
    private String email;
    @NotBlank(message = "{orderdesk.required}")
    @Size(max = 120, message = "{orderdesk.tooLong}")
    private String displayName;
    @Size(max = 30, message = "{orderdesk.tooLong}")
    @Pattern(regexp = "\\+?[0-9 ()-]{5,30}", message = "{orderdesk.phone}")
    private String phone;

    private final NewPassword newPassword = new NewPassword();
    private boolean sent;

    public String register() {
        if (!newPassword.isConfirmed("registration:passwordAgain")) {
            return null;
        }
        email = email.strip();
        try {
            registrations.register(new Registration(email, displayName, phone, newPassword.getPassword(),
                    language.getCode()), authentication.destination().orElse(null));
        } catch (PasswordRefusedException refused) {
            NewPassword.explain(refused, "registration");
            return null;
        }
        sent = true;
        return null;
    }

    /** True once the form was sent: the page then says where the link went, whatever the address. */
    public boolean isSent() {
        return sent;
    }

    public NewPassword getNewPassword() {
        return newPassword;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
