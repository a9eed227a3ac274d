package org.orderdesk.order;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * What the customer shows at the pickup point. Random digits from a CSPRNG, so it cannot be derived from the
 * order number or guessed from other codes; the pickup desk limits wrong tries.
 */
public final class PickupCode {

    public static final int LENGTH = 8;
    public static final Pattern FORMAT = Pattern.compile("\\d{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PickupCode() {
    }

    public static String random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(RANDOM.nextInt(10));
        }
        return code.toString();
    }

    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }
}
