package org.orderdesk.web.security;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.orderdesk.security.domain.PasswordPolicy;

/**
 * A password typed into a form: required, and never so long that hashing it could tie up the server. The full
 * policy is checked by the passwordPolicy validator where a new password is chosen.
 */
@NotBlank(message = "{orderdesk.required}")
@Size(max = PasswordPolicy.MAX_LENGTH, message = "{orderdesk.tooLong}")
@Constraint(validatedBy = {})
@Target(FIELD)
@Retention(RUNTIME)
public @interface PasswordField {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
