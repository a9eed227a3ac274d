package org.orderdesk.web.security;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An e-mail address typed into a form: required, well-formed, at most 254 characters (RFC 5321). */
@NotBlank(message = "{orderdesk.required}")
@Email(message = "{orderdesk.email}")
@Size(max = 254, message = "{orderdesk.tooLong}")
@Constraint(validatedBy = {})
@Target(FIELD)
@Retention(RUNTIME)
public @interface EmailField {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
