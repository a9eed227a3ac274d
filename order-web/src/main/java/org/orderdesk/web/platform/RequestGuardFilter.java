package org.orderdesk.web.platform;

import jakarta.inject.Inject;
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
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the shop port answers before any page: only GET, HEAD and POST (a PUT, DELETE or OPTIONS never renders a
 * page); no body over a megabyte (413); no POST that the browser says comes from another site (403), nor one
 * addressed to an error page (400); /metrics only to this host (a scraper beside the server, or through the
 * admin's own tunnel), never to the network; and redirects without a host, so a forged Host header is never sent
 * back as a Location.
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
    /**
     * The error pages have no forms (page.xhtml): a POST addressed to one was made by hand. Shown after a failed
     * request, they render inside it (ClientErrorHandler) or through the container's error dispatch, which this
     * filter does not see.
     */
    private static final String ERROR_PAGES = "/error/";
    /** Sec-Fetch-Site values of a request the shop's own pages made, or the user typed or bookmarked. */
    private static final Set<String> SAME_ORIGIN = Set.of("same-origin", "none");

    @Inject
    private transient ClientAddress clientAddress;

    /** The shop's address as customers reach it: behind a proxy that does not pass the Host on, its pages' origin. */
    @Inject
    @ConfigProperty(name = "orderdesk.public-url", defaultValue = "http://localhost:8080")
    private transient String publicUrl;

    /** The host (and port) of publicUrl. */
    private transient String publicHost;

    /** Reads the public address once: a malformed one stops the deployment instead of failing every post. */
    @Override
    public void init() {
        publicHost = URI.create(publicUrl).getRawAuthority();
        if (publicHost == null) {
            throw new IllegalArgumentException("orderdesk.public-url has no host: " + publicUrl);
        }
    }

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
        if ("POST".equals(request.getMethod()) && isFromAnotherSite(request, publicHost)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if ("POST".equals(request.getMethod()) && path(request).startsWith(ERROR_PAGES)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
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
        String path = path(request);
        return path.equals(METRICS) || path.startsWith(METRICS + "/");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * Fetch metadata: browsers since 2020-2023 say where a request comes from, and no page of another site has
     * any business posting to the shop. This guards the forms of stateless pages (the shop window, the product
     * page, the language switch), whose posts carry no view state to forge-proof them; the session cookie
     * (SameSite=Lax) is not sent along with such a post either. A browser too old for fetch metadata still names
     * the page that posts: in Origin (every browser's form posts since 2019), else in Referer; either one naming
     * another host than the one addressed (or than the shop's public address, which a proxy may put in front of
     * another Host) refuses the post, as does the opaque origin "null" of a sandboxed or data: page. A post that names no page at all (a script, or a browser from before 2019 with Referer switched
     * off) is left to the view state and SameSite, as every other page is.
     */
    static boolean isFromAnotherSite(HttpServletRequest request, String publicHost) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !SAME_ORIGIN.contains(site);
        }
        String origin = request.getHeader("Origin");
        String page = origin != null ? origin : request.getHeader("Referer");
        return page != null && !isOnHost(page, request.getHeader("Host")) && !isOnHost(page, publicHost);
    }

    /**
     * Whether the page's address is on the host the request was addressed to (host and port as the browser wrote
     * them in Host, which it takes from the same address bar as Origin). The scheme is not compared: behind a
     * proxy that ends TLS, the shop sees plain HTTP for a page the browser loaded over HTTPS.
     */
    static boolean isOnHost(String page, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI address = new URI(page);
            return address.getRawAuthority() != null && withoutDefaultPort(address.getRawAuthority())
                    .equalsIgnoreCase(withoutDefaultPort(host));
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }

    /** "shop.example:443" and "shop.example" are one host to a browser, which leaves the default port out. */
    private static String withoutDefaultPort(String authority) {
        return authority.replaceFirst(":(80|443)$", "");
    }

    /** The client's address, not the connection's: behind the shop's balancer on this host, every peer is local. */
    private boolean isFromThisHost(HttpServletRequest request) {
        try {
            return InetAddress.getByName(clientAddress.of(request)).isLoopbackAddress();
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
