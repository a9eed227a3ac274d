package org.orderdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.ShopClient;

/**
 * ASVS 3.4.1, 3.4.4 and 14.4.5 over a real TLS connection: the test domain's HTTPS listener (127.0.0.1 only,
 * it.https.port; TestDomain) serves the same deployment as its plain HTTP listener, and only over HTTPS are the
 * cookies Secure, the language and device cookies named with the __Host- prefix, and HSTS sent. The session cookie
 * keeps its name over HTTPS: __Host-JSESSIONID needs orderdesk.https-only, a setting of the whole install that the
 * test server cannot have, since it also serves plain HTTP (HttpsOnlyCookiesTest covers it at the listener).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpsIT {

    private static final String DEMO_CUSTOMER = "customer@orderdesk.local";
    private static final String DEMO_PASSWORD = "customer-it-password";
    private static final String HSTS = "max-age=31536000; includeSubDomains";
    private static final String PRODUCT = "shop/product?sku=KIT-004";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void overHttpsTheSessionCookieIsSecureHttpOnlyAndSameSiteAndHstsIsSent() throws Exception {
        HttpResponse<String> login = ShopClient.overHttpsOnLoopback().get("shop/login");

        assertEquals(200, login.statusCode());
        assertHostCookie(setCookie(login, "JSESSIONID="));
        assertEquals(HSTS, login.headers().firstValue("Strict-Transport-Security").orElse(""));
    }

    @Test
    void aLoginOverHttpsGetsANewSecureSessionAndAHostDeviceCookie() throws Exception {
        ShopClient customer = ShopClient.overHttpsOnLoopback();
        customer.get("shop/login");
        String before = customer.sessionId().orElseThrow();

        HttpResponse<String> login = customer.logIn(DEMO_CUSTOMER, DEMO_PASSWORD);

        assertEquals(302, login.statusCode(), login.body());
        assertNotEquals(before, customer.sessionId().orElseThrow());
        assertHostCookie(setCookie(login, "JSESSIONID="));
        assertHostCookie(setCookie(login, "__Host-orderdesk_device="));
        assertEquals(HSTS, login.headers().firstValue("Strict-Transport-Security").orElse(""));
        // The Secure session cookie comes back over HTTPS: still logged in.
        assertEquals(200, customer.get("account/profile").statusCode());
    }

    @Test
    void overHttpsTheLanguageCookieIsAHostCookieAndIsReadBackByThatName() throws Exception {
        ShopClient visitor = ShopClient.overHttpsOnLoopback();
        visitor.get(PRODUCT);

        HttpResponse<String> switched = visitor.submitPlain("language", Map.of("language", "ru"));

        assertEquals(302, switched.statusCode());
        String language = setCookie(switched, "__Host-orderdesk-lang=ru");
        assertHostCookie(language);
        assertEquals(HSTS, switched.headers().firstValue("Strict-Transport-Security").orElse(""));
        // The client asks for English (Accept-Language): Russian only if the __Host- cookie was read.
        assertTrue(visitor.get(PRODUCT).body().contains("Кружка керамическая"));
    }

    @Test
    void overPlainHttpNoCookieIsSecureNoneIsNamedHostAndNoHstsIsSent() throws Exception {
        ShopClient visitor = new ShopClient();

        HttpResponse<String> login = visitor.get("shop/login");
        visitor.get(PRODUCT);
        HttpResponse<String> switched = visitor.submitPlain("language", Map.of("language", "ru"));

        for (HttpResponse<String> response : List.of(login, switched)) {
            assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty(),
                    response.headers().toString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                assertFalse(attributes(cookie).contains("secure"), cookie);
                assertFalse(cookie.startsWith("__Host-"), cookie);
            }
        }
        assertFalse(attributes(setCookie(login, "JSESSIONID=")).contains("secure"));
        assertFalse(attributes(setCookie(switched, "orderdesk-lang=ru")).contains("secure"));
    }

    private static String setCookie(HttpResponse<String> response, String prefix) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith(prefix))
                .findFirst().orElseThrow(() -> new AssertionError("No cookie " + prefix + " in "
                        + response.headers().allValues("Set-Cookie")));
    }

    /**
     * What a __Host- name asks of a cookie (Secure, Path=/, no Domain), and what every cookie of the shop has
     * (HttpOnly, SameSite=Lax).
     */
    private static void assertHostCookie(String cookie) {
        List<String> attributes = attributes(cookie);
        assertTrue(attributes.contains("secure"), cookie);
        assertTrue(attributes.contains("path=/"), cookie);
        assertTrue(attributes.stream().noneMatch(attribute -> attribute.startsWith("domain=")), cookie);
        assertTrue(attributes.contains("httponly"), cookie);
        assertTrue(attributes.contains("samesite=lax"), cookie);
    }

    /** The attributes after the name and value, lower-cased. */
    private static List<String> attributes(String cookie) {
        List<String> parts = List.of(cookie.split(";"));
        return parts.subList(1, parts.size()).stream().map(part -> part.strip().toLowerCase(Locale.ROOT)).toList();
    }
}
