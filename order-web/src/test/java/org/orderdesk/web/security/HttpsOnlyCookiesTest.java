package org.orderdesk.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.SessionCookieConfig;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpsOnlyCookiesTest {

    /** What was set on the session cookie's configuration, setter by setter. */
    private final Map<String, Object> set = new LinkedHashMap<>();

    private final SessionCookieConfig sessionCookie = (SessionCookieConfig) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {SessionCookieConfig.class}, (proxy, method, args) -> {
                if (!method.getName().startsWith("set")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                set.put(method.getName(), args[0]);
                return null;
            });

    @Test
    void anHttpsOnlyInstallGetsAHostPrefixedSecureSessionCookieForTheWholeHost() {
        HttpsOnlyCookies.configure(sessionCookie, true);

        assertEquals(Map.of("setName", "__Host-JSESSIONID", "setSecure", true, "setPath", "/"),
                withoutNulls(set));
        assertTrue(set.containsKey("setDomain") && set.get("setDomain") == null, "no Domain");
    }

    @Test
    void anInstallAlsoServingPlainHttpKeepsTheContainersSessionCookie() {
        HttpsOnlyCookies.configure(sessionCookie, false);

        assertEquals(Map.of(), set);
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> values) {
        Map<String, Object> present = new LinkedHashMap<>(values);
        present.values().removeIf(value -> value == null);
        return present;
    }
}
