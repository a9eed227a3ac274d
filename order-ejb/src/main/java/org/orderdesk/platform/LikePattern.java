package org.orderdesk.platform;

import java.util.Locale;

/**
 * A JPQL LIKE pattern that finds the typed text anywhere, literally: % and _ typed by a user are matched as
 * themselves, not as wildcards (a single "%" would otherwise list every row). Use with {@code escape '\'}.
 */
public final class LikePattern {

    /** The clause to put after each LIKE that takes a pattern from here. */
    public static final String ESCAPE = " escape '\\'";

    private LikePattern() {
    }

    /** Lower-cased, escaped and wrapped in %, for comparing with lower(column). */
    public static String containing(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
