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
import java.util.Set;

/**
 * What the shop port answers before any page: only GET, HEAD and POST (a PUT, DELETE or OPTIONS never renders a
 * page); /metrics only to this host (a scraper beside the server, or through the admin's own tunnel), never to
 * the network; and redirects without a host, so a forged Host header is never sent back as a Location.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");
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
        if (isMetrics(request) && !isFromThisHost(request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, new HostlessRedirects(request, response));
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
