package org.orderdesk.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageSelectionTest {

    @Test
    void theLanguageCookieTakesTheHostPrefixOnlyOverHttps() {
        assertEquals("__Host-orderdesk-lang", LanguageSelection.cookieName(true));
        assertEquals("orderdesk-lang", LanguageSelection.cookieName(false));
    }
}
