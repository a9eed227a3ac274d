package org.orderdesk.web.platform;

import jakarta.servlet.RequestDispatcher;
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

    /**
     * The path and query of the request, relative to the context root. An error page (404, 403) is drawn in an error
     * dispatch, whose path is the error page's own: then the address the visitor asked for, so that its language
     * switch and login link come back there and not to /error/not-found.xhtml. (Its query string is still the one
     * asked for: seen on Payara 6.)
     */
    public static String of(HttpServletRequest request) {
        Object asked = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = asked instanceof String original ? original : request.getRequestURI();
        String path = uri.substring(request.getContextPath().length());
        String query = request.getQueryString();
        return query == null ? path : path + "?" + query;
    }

    public static Optional<String> checked(String path) {
        return Optional.ofNullable(path)
                .filter(p -> p.startsWith("/") && !p.startsWith("//") && !p.contains("\\")
                        && p.chars().noneMatch(Character::isISOControl));
    }
}
