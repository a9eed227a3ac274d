package org.orderdesk.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.orderdesk.web.platform.LocalPath;

/**
 * The protected page a visitor wanted when they were sent to log in, to bring them back to it afterwards. Only a
 * path of this site, taken from the request the server itself received, is ever kept. (A login link's own wish,
 * its "next" parameter, is ReturnAfterLogin's.)
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
        request.getSession().setAttribute(ATTRIBUTE, LocalPath.of(request));
    }

    /** The remembered path, left in place for the login that follows. */
    static Optional<String> peek(HttpSession session) {
        return session == null ? Optional.empty() : LocalPath.checked((String) session.getAttribute(ATTRIBUTE));
    }

    /** Keeps a path the login page was asked to come back to, for after the second factor of an operator. */
    static void keep(HttpSession session, String path) {
        session.setAttribute(ATTRIBUTE, path);
    }

    /** The remembered path (relative to the context root), at most once. */
    static Optional<String> take(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        Object path = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return LocalPath.checked((String) path);
    }
}
