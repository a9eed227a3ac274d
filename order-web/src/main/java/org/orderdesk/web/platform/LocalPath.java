package org.orderdesk.web.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * A path of this site, relative to its context root, for redirects that come back to a page. Anything that could
 * lead elsewhere (an absolute address, "//host", a backslash that browsers read as a slash, a tab or line break,
 * which browsers drop, turning "/\t/host" into "//host") is refused, so such a redirect can never be turned
 * against the visitor.
 */
public final class LocalPath {

    private LocalPath() {
    }

    /** The path and query of the request, relative to the context root. */
    public static String of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return query == null ? path : path + "?" + query;
    }

    public static Optional<String> checked(String path) {
        return Optional.ofNullable(path)
                .filter(p -> p.startsWith("/") && !p.startsWith("//") && !p.contains("\\")
                        && p.chars().noneMatch(Character::isISOControl));
    }
}
