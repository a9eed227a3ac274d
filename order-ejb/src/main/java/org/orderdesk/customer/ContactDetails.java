package org.orderdesk.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;

/** The part of a profile a customer edits: how to address them, in which language to write, their time zone. */
public record ContactDetails(
        @NotBlank @Size(max = 120) String displayName,
        @Size(max = 30) @Pattern(regexp = "\\+?[0-9 ()-]{5,30}") String phone,
        @NotNull @Pattern(regexp = "ru|en") String language,
        @NotNull ZoneId timeZone) {
}
