package org.orderdesk.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.orderdesk.security.domain.PasswordPolicy;

/** What a new customer gives to open an account. */
public record Registration(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 120) String displayName,
        @Size(max = 30) @Pattern(regexp = "\\+?[0-9 ()-]{5,30}") String phone,
        @NotNull @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH) String password,
        @NotNull @Pattern(regexp = "ru|en") String language) {

    @Override
    public String toString() {
        return "Registration[" + email + "]";
    }
}
