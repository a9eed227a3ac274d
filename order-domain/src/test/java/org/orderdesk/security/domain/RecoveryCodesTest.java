package org.orderdesk.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void tenDifferentCodesOf120BitsInGroupsOfFour() {
        List<String> codes = RecoveryCodes.newCodes();

        assertEquals(10, codes.size());
        assertEquals(10, new HashSet<>(codes).size());
        codes.forEach(code -> assertTrue(code.matches("[a-z2-7]{4}(-[a-z2-7]{4}){5}"), code));
    }

    @Test
    void theHashIgnoresCaseSpacesAndDashesButNotTheCode() {
        String code = RecoveryCodes.newCodes().get(0);
        String typedOtherwise = " " + code.replace("-", " ").toUpperCase(Locale.ROOT);

        assertEquals(RecoveryCodes.hash(code), RecoveryCodes.hash(typedOtherwise));
        assertNotEquals(RecoveryCodes.hash(code), RecoveryCodes.hash(RecoveryCodes.newCodes().get(0)));
        assertEquals(64, RecoveryCodes.hash(code).length());
    }
}
