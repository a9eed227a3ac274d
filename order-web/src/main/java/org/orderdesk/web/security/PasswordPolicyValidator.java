package org.orderdesk.web.security;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.orderdesk.security.domain.PasswordPolicy;

/**
 * The domain's password policy at the field, with a translated message: length and the common-password list.
 * Whether it is the account's e-mail the service checks, which knows the account (NewPassword.explain shows it).
 */
@FacesValidator(value = "passwordPolicy", managed = true)
public class PasswordPolicyValidator implements Validator<String> {

    @Override
    public void validate(FacesContext context, UIComponent component, String password) {
        if (password != null) {
            PasswordPolicy.weaknessOf(password).ifPresent(weakness -> {
                String text = NewPassword.messageOf(weakness);
                throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            });
        }
    }
}
