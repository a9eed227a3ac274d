package org.orderdesk.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * What the shop port answers before any page: only GET, HEAD and POST (a PUT, DELETE or OPTIONS never renders a
 * page); no body over a megabyte (413); /metrics only to this host (a scraper beside the server, or through the admin's own tunnel), never to
 * the network; and redirects without a host, so a forged Host header is never sent back as a Location.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");
    /**
     * The shop's largest form (a support message of 2,000 characters with its view state) is a few kilobytes;
     * a body past Payara's own limit (2 MB) would otherwise fail inside Faces as a 500.
     */
    private static final long MAX_BODY_BYTES = 1024 * 1024;
    private static final String MESSAGES = "org.orderdesk.web.messages";
    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    /** Where Payara's MicroProfile Metrics answers in an application at the root context. */
    private static final String METRICS = "/metrics";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", String.join(", ", METHODS));
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            refuseTooLarge(request, response);
            return;
        }
        if (isMetrics(request) && !isFromThisHost(request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, new HostlessRedirects(request, response));
    }

    /**
     * A short page of its own, not a Faces one: any Faces page (and Weld's conversation lookup in its forms) would
     * read the form parameters, and Payara refuses to parse a body this large with an exception, a 500 after all.
     */
    private static void refuseTooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = ENGLISH.getLanguage().equals(request.getLocale().getLanguage()) ? ENGLISH : RUSSIAN;
        ResourceBundle texts = ResourceBundle.getBundle(MESSAGES, language);
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Connection", "close");
        response.getWriter().write("""
                <!DOCTYPE html><html lang="%s"><head><meta charset="UTF-8"><title>%s</title></head>
                <body><h1>%s</h1><p>%s</p><p><a href="%s/">%s</a></p></body></html>
                """.formatted(language.getLanguage(), texts.getString("error.badRequest.title"),
                texts.getString("error.badRequest.title"), texts.getString("error.badRequest.text"),
                request.getContextPath(), texts.getString("error.backHome")));
    }

    private static boolean isMetrics(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(METRICS) || path.startsWith(METRICS + "/");
    }

    private static boolean isFromThisHost(HttpServletRequest request) {
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (IOException notAnAddress) {
            return false;
        }
    }

    /**
     * The container makes a redirect absolute with the request's Host header, which the client chose. A Location
     * with a path only (RFC 9110 allows it) is resolved by the browser against the address it really used.
     */
    static final class HostlessRedirects extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        HostlessRedirects(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String location) {
            resetBuffer();
            setStatus(SC_FOUND);
            setHeader("Location", withoutHost(request, location));
        }
    }

    /**
     * A path as it is; a relative location resolved against the request's path; one with a scheme is the
     * application's own choice (e.g. the configured public address).
     */
    static String withoutHost(HttpServletRequest request, String location) {
        if (location.startsWith("/") || location.contains("://")) {
            return location;
        }
        return URI.create(request.getRequestURI()).resolve(location).toString();
    }
}
