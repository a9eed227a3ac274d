package org.orderdesk.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ASVS 14.4.5 at the filter: the test server has no HTTPS listener (ServerExposureIT wants it off), so the
 * HTTPS-only header is checked here, on requests that say they came over HTTPS or not.
 */
class SecurityHeadersFilterTest {

    private final Map<String, String> headers = new HashMap<>();
    private final HttpServletResponse response = ServletFakes.proxy(HttpServletResponse.class, (method, args) -> {
        if (method.equals("setHeader")) {
            headers.put((String) args[0], (String) args[1]);
        }
        return null;
    });
    private final FilterChain chain = (request, response) -> { };

    @Test
    void aPageOverHttpsTellsTheBrowserToKeepToHttpsForAYearOnEverySubdomain() throws Exception {
        new SecurityHeadersFilter().doFilter(request(true), response, chain);

        assertEquals("max-age=31536000; includeSubDomains", headers.get("Strict-Transport-Security"));
        assertEquals("no-store", headers.get("Cache-Control"));
    }

    @Test
    void overPlainHttpTheHeaderWouldBeIgnoredAndIsNotSent() throws Exception {
        new SecurityHeadersFilter().doFilter(request(false), response, chain);

        assertFalse(headers.containsKey("Strict-Transport-Security"));
        assertTrue(headers.containsKey("Content-Security-Policy"));
    }

    @Test
    void anAdministratorCanLeaveTheSubdomainsOut() {
        assertEquals("max-age=31536000", SecurityHeadersFilter.strictTransportSecurity(false));
    }

    private static HttpServletRequest request(boolean secure) {
        return ServletFakes.proxy(HttpServletRequest.class, (method, args) -> switch (method) {
            case "isSecure" -> secure;
            case "getRequestURI" -> "/shop/product";
            case "getContextPath" -> "";
            default -> throw new UnsupportedOperationException(method);
        });
    }
}
