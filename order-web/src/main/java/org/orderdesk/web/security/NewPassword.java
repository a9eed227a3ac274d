package org.orderdesk.web.security;

import java.io.Serializable;
import org.omnifaces.util.Messages;
import org.orderdesk.security.PasswordRefusedException;
import org.orderdesk.security.domain.PasswordPolicy;
import org.orderdesk.security.domain.PasswordPolicy.Weakness;
import org.orderdesk.web.platform.MessageTexts;

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
        Messages.addError(passwordAgainClientId, "validation.passwordsDiffer");
        return false;
    }

    /** Shows a service's refusal of the new password next to its field, in the form with the given id. */
    public static void explain(PasswordRefusedException refused, String formId) {
        Messages.addError(formId + ":password", refused.messageKey(), PasswordPolicy.MIN_LENGTH,
                PasswordPolicy.MAX_LENGTH);
    }

    /** The translated message for a weakness, with the policy's lengths. */
    static String messageOf(Weakness weakness) {
        return MessageTexts.text(new PasswordRefusedException(weakness).messageKey(), PasswordPolicy.MIN_LENGTH,
                PasswordPolicy.MAX_LENGTH);
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
