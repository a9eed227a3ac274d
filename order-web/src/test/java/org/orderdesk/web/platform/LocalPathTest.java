package org.orderdesk.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalPathTest {

    @Test
    void aPathOfThisSiteWithItsQueryIsFollowed() {
        assertEquals(Optional.of("/shop/product?sku=BOO-001"), LocalPath.checked("/shop/product?sku=BOO-001"));
    }

    @Test
    void anythingThatABrowserCouldTakeToAnotherSiteIsRefused() {
        for (String elsewhere : new String[] {null, "", "https://evil.example/", "//evil.example/", "/\\evil.example",
                "shop/cart", "/\t/evil.example", "/\n/evil.example", "/\r/evil.example"}) {
            assertTrue(LocalPath.checked(elsewhere).isEmpty(), String.valueOf(elsewhere));
        }
    }
}
