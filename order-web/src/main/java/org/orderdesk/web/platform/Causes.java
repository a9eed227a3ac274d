package org.orderdesk.web.platform;

import java.util.Optional;

/** What an exception that reached the page was really about: Faces and the EJB container wrap what was thrown. */
final class Causes {

    private Causes() {
    }

    static <T extends Throwable> Optional<T> find(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }
}
