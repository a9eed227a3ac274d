package org.orderdesk.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

class LanguageSelectionTest {

    @Test
    void theLanguageCookieTakesTheHostPrefixOnlyOverHttps() {
        assertEquals("__Host-orderdesk-lang", LanguageSelection.cookieName(true));
        assertEquals("orderdesk-lang", LanguageSelection.cookieName(false));
    }

    @Test
    void theLanguageIsRememberedForAYearForTheWholeSiteOutOfScriptsReachAndNotSentAlongFromOtherSites() {
        Cookie cookie = LanguageSelection.cookie("en", false);

        assertEquals("orderdesk-lang", cookie.getName());
        assertEquals("en", cookie.getValue());
        assertEquals(365 * 24 * 3600, cookie.getMaxAge());
        assertEquals("/", cookie.getPath());
        assertTrue(cookie.isHttpOnly());
        assertEquals("Lax", cookie.getAttribute("SameSite"));
        assertFalse(cookie.getSecure());
    }

    @Test
    void overHttpsTheLanguageCookieIsSecure() {
        Cookie cookie = LanguageSelection.cookie("ru", true);

        assertEquals("__Host-orderdesk-lang", cookie.getName());
        assertTrue(cookie.getSecure());
        assertEquals("/", cookie.getPath());
        assertEquals(null, cookie.getDomain());
    }

    @Test
    void onlyTheShopsLanguagesCanBeChosen() {
        assertTrue(LanguageSelection.isSupported("ru"));
        assertTrue(LanguageSelection.isSupported("en"));
        assertFalse(LanguageSelection.isSupported("de"));
        assertFalse(LanguageSelection.isSupported(null));
    }
}
