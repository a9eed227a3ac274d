package org.orderdesk.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Headers that make the browser refuse what the shop never does: scripts from elsewhere or inline, framing by
 * other sites, guessing content types, leaking full URLs to other sites, keeping pages (pickup codes, addresses,
 * reset tokens) in caches, or leaving HTTPS once it came over HTTPS.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final List<String> STATIC_PREFIXES =
            List.of("/jakarta.faces.resource/", "/resources/", "/pictures/", "/favicon.ico");

    /**
     * ASVS 14.4.5: a year, for every subdomain too, unless the administrator switches the subdomains off
     * (orderdesk.hsts.include-subdomains=false) because another host of the domain still serves plain HTTP.
     */
    static final String HSTS_SETTING = "orderdesk.hsts.include-subdomains";
    private static final String ONE_YEAR = "max-age=31536000";

    private String strictTransportSecurity = strictTransportSecurity(true);

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Override
    public void init() {
        strictTransportSecurity = strictTransportSecurity(
                ConfigProvider.getConfig().getOptionalValue(HSTS_SETTING, Boolean.class).orElse(true));
    }

    static String strictTransportSecurity(boolean includeSubdomains) {
        return includeSubdomains ? ONE_YEAR + "; includeSubDomains" : ONE_YEAR;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (!isStaticResource(request)) {
            // Before the chain, so that a servlet serving public files may still allow caching.
            response.setHeader("Cache-Control", "no-store");
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", strictTransportSecurity);
        }
        chain.doFilter(request, response);
    }

    /** Style sheets, scripts, icons and product pictures: the same for everyone, nothing personal in them. */
    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
