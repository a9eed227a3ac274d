package org.orderdesk.order.domain;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the customer shows at the pickup point. Random digits from a CSPRNG, so it cannot be derived from the
 * order number or guessed from other codes; the pickup desk limits wrong tries. A value that exists is well formed
 * (PickupCodeConverter keeps it in its column, PickupCodeFacesConverter reads it from the desk's form).
 */
public record PickupCode(String value) implements Serializable {

    public static final int LENGTH = 8;
    private static final Pattern FORMAT = Pattern.compile("\\d{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** @throws IllegalArgumentException if the text is not exactly eight digits */
    public PickupCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a pickup code (" + LENGTH + " digits)");
        }
    }

    public static PickupCode random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(RANDOM.nextInt(10));
        }
        return new PickupCode(code.toString());
    }

    /** The code the text is, if it is one: for text that may be a code or something else. */
    public static Optional<PickupCode> parse(String text) {
        return text != null && FORMAT.matcher(text).matches() ? Optional.of(new PickupCode(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
