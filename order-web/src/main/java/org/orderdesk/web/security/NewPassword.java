package org.orderdesk.web.security;

import java.io.Serializable;

/** A new password typed twice, as on the registration, reset and profile pages. */
public class NewPassword implements Serializable {

    private static final long serialVersionUID = 1L;

    @PasswordField
    private String password;

    @PasswordField
    private String passwordAgain;

    /** True when both entries agree; otherwise says so next to the second field (its client id). */
    public boolean isConfirmed(String passwordAgainClientId) {
        if (password != null && password.equals(passwordAgain)) {
            return true;
        }
        FacesMessages.error(passwordAgainClientId, "validation.passwordsDiffer");
        return false;
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
