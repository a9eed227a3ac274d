package org.orderdesk.web.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orderdesk.web.security.ServletFakes;

class RequestGuardFilterTest {

    private static final String SHOP = "shop.example:8080";

    @Test
    void fetchMetadataDecidesWhenTheBrowserSendsIt() {
        assertTrue(isFromAnotherSite(post(Map.of("Sec-Fetch-Site", "cross-site"))));
        assertTrue(isFromAnotherSite(post(Map.of("Sec-Fetch-Site", "same-site"))));
        assertFalse(isFromAnotherSite(post(Map.of("Sec-Fetch-Site", "same-origin"))));
        assertFalse(isFromAnotherSite(post(Map.of("Sec-Fetch-Site", "none"))));
        // An origin cannot overrule what the browser itself says about the request.
        assertTrue(isFromAnotherSite(post(Map.of("Sec-Fetch-Site", "cross-site", "Origin", "http://" + SHOP))));
    }

    @Test
    void withoutFetchMetadataTheOriginDecides() {
        assertTrue(isFromAnotherSite(post(Map.of("Origin", "https://elsewhere.example"))));
        assertTrue(isFromAnotherSite(post(Map.of("Origin", "null"))));
        assertTrue(isFromAnotherSite(post(Map.of("Origin", "http://shop.example:9090"))));
        assertFalse(isFromAnotherSite(post(Map.of("Origin", "http://" + SHOP))));
        assertFalse(isFromAnotherSite(post(Map.of("Origin", "https://SHOP.example:8080"))));
        // Origin first: a browser that sends one sends its Referer too, which may be hidden or trimmed.
        assertFalse(isFromAnotherSite(post(Map.of("Origin", "http://" + SHOP, "Referer", "https://elsewhere.example/"))));
    }

    @Test
    void withoutFetchMetadataAndOriginTheRefererDecides() {
        assertTrue(isFromAnotherSite(post(Map.of("Referer", "https://elsewhere.example/page"))));
        assertTrue(isFromAnotherSite(post(Map.of("Referer", "http://" + SHOP + "@elsewhere.example/shop/index"))));
        assertTrue(isFromAnotherSite(post(Map.of("Referer", "not an address"))));
        assertFalse(isFromAnotherSite(post(Map.of("Referer", "http://" + SHOP + "/shop/index"))));
    }

    @Test
    void aPageOnThePublicAddressMayPostThroughAProxyThatAddressesAnotherHost() {
        assertFalse(isFromAnotherSite(post(Map.of("Origin", "https://shop.example"))));
        assertFalse(isFromAnotherSite(post(Map.of("Referer", "https://shop.example/shop/product?sku=KIT-004"))));
        assertTrue(isFromAnotherSite(post(Map.of("Origin", "https://shop.example.evil.example"))));
    }

    @Test
    void aPostNamingNoPageIsLeftToTheViewState() {
        assertFalse(isFromAnotherSite(post(Map.of())));
    }

    @Test
    void theDefaultPortIsTheSameHost() {
        assertTrue(RequestGuardFilter.isOnHost("https://shop.example", "shop.example:443"));
        assertTrue(RequestGuardFilter.isOnHost("http://shop.example:80/x", "shop.example"));
        assertFalse(RequestGuardFilter.isOnHost("http://shop.example:8080", "shop.example"));
        assertFalse(RequestGuardFilter.isOnHost("http://shop.example", null));
    }

    private static boolean isFromAnotherSite(HttpServletRequest post) {
        return RequestGuardFilter.isFromAnotherSite(post, "shop.example");
    }

    /** A post to SHOP, addressed as browsers do, with these headers besides Host. */
    private static HttpServletRequest post(Map<String, String> headers) {
        return ServletFakes.proxy(HttpServletRequest.class, (method, args) -> switch (method) {
            case "getHeader" -> "Host".equals(args[0]) ? SHOP : headers.get((String) args[0]);
            default -> throw new UnsupportedOperationException(method);
        });
    }
}
