package org.orderdesk.web.security;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.orderdesk.security.PasswordResetService;
import org.orderdesk.security.ResetLinkInvalidException;

/** The page behind the e-mailed link: a new password, once, within the hour. */
@Named
@ViewScoped
public class ResetPasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PasswordResetService resets;

    private String token;
    private boolean usable;
    @NotBlank(message = "{orderdesk.required}")
    @Size(max = 128, message = "{orderdesk.tooLong}")
    private String password;
    @NotBlank(message = "{orderdesk.required}")
    @Size(max = 128, message = "{orderdesk.tooLong}")
    private String passwordAgain;

    /** f:viewAction on the first GET: tells a dead link before the customer types anything. */
    public void check() {
        usable = token != null && token.length() <= 100 && resets.isUsable(token);
    }

    public String reset() {
        if (!password.equals(passwordAgain)) {
            FacesMessages.error("reset:passwordAgain", "validation.passwordsDiffer");
            return null;
        }
        try {
            resets.resetPassword(token, password);
        } catch (ResetLinkInvalidException dead) {
            usable = false;
            return null;
        }
        FacesMessages.infoAfterRedirect("reset.done");
        return "/shop/login?faces-redirect=true";
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
