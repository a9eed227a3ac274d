package org.orderdesk.web.platform;

import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;

/**
 * A value read once per request and kept for the rest of it. View-scoped pages keep only keys and read their
 * entity through this, so that they show it as it is now, not as it was when the view was first rendered, and
 * the many EL references of one page cost one query.
 */
public final class PerRequest {

    private PerRequest() {
    }

    /** The value kept under the key for this request, read with the reader the first time (null is not kept). */
    @SuppressWarnings("unchecked")
    public static <T> T get(Object key, Supplier<T> reader) {
        return (T) FacesContext.getCurrentInstance().getAttributes().computeIfAbsent(key, k -> reader.get());
    }
}
