package org.orderdesk.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.orderdesk.security.AccountService;
import org.orderdesk.security.EmailAlreadyRegisteredException;
import org.orderdesk.security.Registration;
import org.orderdesk.web.i18n.LanguageSelection;
import org.orderdesk.web.order.ShoppingCart;

/** Opening an account; the new customer is logged in straight away. */
@Named
@RequestScoped
public class RegistrationPage {

    @Inject
    private AccountService accounts;

    @Inject
    private Authentication authentication;

    @Inject
    private LanguageSelection language;

    @Inject
    private ShoppingCart cart;

    @EmailField
    private String email;
    @NotBlank(message = "{orderdesk.required}")
    @Size(max = 120, message = "{orderdesk.tooLong}")
    private String displayName;
    @Size(max = 30, message = "{orderdesk.tooLong}")
    @Pattern(regexp = "\\+?[0-9 ()-]{5,30}", message = "{orderdesk.phone}")
    private String phone;

    private final NewPassword newPassword = new NewPassword();

    public String register() throws IOException {
        if (!newPassword.isConfirmed("registration:passwordAgain")) {
            return null;
        }
        try {
            accounts.register(new Registration(email.strip(), displayName, phone, newPassword.getPassword(),
                    language.getCode()));
        } catch (EmailAlreadyRegisteredException taken) {
            FacesMessages.error("registration:email", "registration.emailTaken");
            return null;
        }
        authentication.logIn(email.strip(), newPassword.getPassword());
        cart.joinAccountCart();
        FacesMessages.infoAfterRedirect("registration.welcome");
        return authentication.continueTo("/account/profile?faces-redirect=true");
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
