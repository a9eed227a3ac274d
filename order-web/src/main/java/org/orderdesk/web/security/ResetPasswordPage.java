package org.orderdesk.web.security;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Messages;
import org.orderdesk.security.PasswordRefusedException;
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
    private final NewPassword newPassword = new NewPassword();

    /** f:viewAction on the first GET: tells a dead link before the customer types anything. */
    public void check() {
        usable = token != null && token.length() <= 100 && resets.isUsable(token);
    }

    public String reset() {
        if (!newPassword.isConfirmed("reset:passwordAgain")) {
            return null;
        }
        try {
            resets.resetPassword(token, newPassword.getPassword());
        } catch (ResetLinkInvalidException dead) {
            usable = false;
            return null;
        } catch (PasswordRefusedException refused) {
            NewPassword.explain(refused, "reset");
            return null;
        }
        Messages.addFlashGlobalInfo("reset.done");
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

    public NewPassword getNewPassword() {
        return newPassword;
    }
}
