package org.orderdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.orderdesk.security.PasswordPolicy.Weakness;

class PasswordPolicyTest {

    private static final String EMAIL = "Zhanna.Petrova@example.ru";

    @Test
    void needsAtLeastTwelveCharacters() {
        assertFalse(PasswordPolicy.isAcceptable("elevenchars", EMAIL));
        assertTrue(PasswordPolicy.isAcceptable("twelve chars", EMAIL));
    }

    @Test
    void countsCharactersNotBytes() {
        assertTrue(PasswordPolicy.isAcceptable("пароль-длинный", EMAIL));
        assertFalse(PasswordPolicy.isAcceptable("😀😀😀😀😀😀😀😀😀😀😀", EMAIL));
        assertTrue(PasswordPolicy.isAcceptable("😀😀😀😀😀😀😀😀😀😀😀😀", EMAIL));
    }

    @Test
    void refusesBlankNullAndOverlongPasswords() {
        assertEquals(Optional.of(Weakness.LENGTH), PasswordPolicy.weaknessOf("               ", EMAIL));
        assertEquals(Optional.of(Weakness.LENGTH), PasswordPolicy.weaknessOf(null, EMAIL));
        assertEquals(Optional.of(Weakness.LENGTH), PasswordPolicy.weaknessOf("x".repeat(129), EMAIL));
        assertTrue(PasswordPolicy.isAcceptable("x".repeat(128), EMAIL));
    }

    @Test
    void refusesThePasswordsOfTheCommonListInAnyCase() {
        assertEquals(Optional.of(Weakness.COMMON), PasswordPolicy.weaknessOf("qwerty123456"));
        assertEquals(Optional.of(Weakness.COMMON), PasswordPolicy.weaknessOf("1qaz2wsx3edc", EMAIL));
        assertEquals(Optional.of(Weakness.COMMON), PasswordPolicy.weaknessOf("QwertyQwerty"));
        assertEquals(Optional.empty(), PasswordPolicy.weaknessOf("qwerty123456!"));
    }

    @Test
    void theListHoldsTenThousandPasswordsAndEveryOneLongEnoughIsRefused() throws Exception {
        List<String> list;
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<String> longEnough = list.stream()
                .filter(p -> p.codePointCount(0, p.length()) >= PasswordPolicy.MIN_LENGTH).toList();

        assertTrue(list.size() >= 10_000, "entries: " + list.size());
        assertFalse(longEnough.isEmpty());
        longEnough.forEach(p -> assertEquals(Optional.of(Weakness.COMMON), PasswordPolicy.weaknessOf(p), p));
    }

    @Test
    void refusesTheEmailAndItsLocalPartInAnyCase() {
        assertEquals(Optional.of(Weakness.SAME_AS_EMAIL), PasswordPolicy.weaknessOf("zhanna.petrova@example.ru", EMAIL));
        assertEquals(Optional.of(Weakness.SAME_AS_EMAIL), PasswordPolicy.weaknessOf("ZHANNA.PETROVA", EMAIL));
        assertEquals(Optional.empty(), PasswordPolicy.weaknessOf("zhanna.petrova1", EMAIL));
        assertEquals(Optional.empty(), PasswordPolicy.weaknessOf("zhanna.petrova", null));
    }
}
