package org.orderdesk.security;

import org.orderdesk.platform.RefusedException;
import org.orderdesk.security.domain.PasswordPolicy;
import org.orderdesk.security.domain.PasswordPolicy.Weakness;

/** A new password (registration, change or reset) that the policy refuses; nothing was changed. */
public class PasswordRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public PasswordRefusedException(Weakness weakness) {
        super("password", weakness, null);
    }

    /** Refuses the password of the account with this e-mail, if the policy finds a weakness in it. */
    public static void check(String password, String email) throws PasswordRefusedException {
        Weakness weakness = PasswordPolicy.weaknessOf(password, email).orElse(null);
        if (weakness != null) {
            throw new PasswordRefusedException(weakness);
        }
    }

    @Override
    public Weakness reason() {
        return (Weakness) super.reason();
    }
}
