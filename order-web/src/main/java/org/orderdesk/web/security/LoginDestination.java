package org.orderdesk.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The page a visitor wanted when they were sent to log in, to bring them back to it afterwards. Only a path of
 * this site, taken from the request the server itself received, is ever kept: never an address from a parameter.
 */
final class LoginDestination {

    private static final String ATTRIBUTE = LoginDestination.class.getName();

    private LoginDestination() {
    }

    /** Remembers a GET of a protected page; a POST cannot be replayed after login, so it is not kept. */
    static void remember(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        request.getSession().setAttribute(ATTRIBUTE, query == null ? path : path + "?" + query);
    }

    /** The remembered path (relative to the context root), at most once. */
    static Optional<String> take(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        Object path = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return Optional.ofNullable(path).map(String.class::cast).filter(LoginDestination::isLocalPath);
    }

    private static boolean isLocalPath(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\");
    }
}
