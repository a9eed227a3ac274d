package org.orderdesk.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.orderdesk.security.PasswordResetService;
import org.orderdesk.web.i18n.LanguageSelection;

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
@Named
@RequestScoped
public class ForgotPasswordPage {

    @Inject
    private PasswordResetService resets;

    @Inject
    private LanguageSelection language;

    @EmailField
    private String email;
    private boolean requested;

    public String request() {
        resets.requestReset(email.strip(), language.getCode());
        requested = true;
        return null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isRequested() {
        return requested;
    }
}
