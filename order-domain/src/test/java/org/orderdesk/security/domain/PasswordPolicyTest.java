package org.orderdesk.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.orderdesk.security.domain.PasswordPolicy.Weakness;

class PasswordPolicyTest {

    private static final String EMAIL = "Zhanna.Petrova@example.ru";

    @Test
    void needsAtLeastTwelveCharacters() {
        assertTrue(PasswordPolicy.weaknessOf("elevenchars", EMAIL).isPresent());
        assertTrue(PasswordPolicy.weaknessOf("twelve chars", EMAIL).isEmpty());
    }

    @Test
    void countsCharactersNotBytes() {
        assertTrue(PasswordPolicy.weaknessOf("пароль-длинный", EMAIL).isEmpty());
        assertTrue(PasswordPolicy.weaknessOf("😀😀😀😀😀😀😀😀😀😀😀", EMAIL).isPresent());
        assertTrue(PasswordPolicy.weaknessOf("😀😀😀😀😀😀😀😀😀😀😀😀", EMAIL).isEmpty());
    }

    @Test
    void refusesBlankNullAndOverlongPasswords() {
        assertEquals(Optional.of(Weakness.LENGTH), PasswordPolicy.weaknessOf("               ", EMAIL));
        assertEquals(Optional.of(Weakness.LENGTH), PasswordPolicy.weaknessOf(null, EMAIL));
        assertEquals(Optional.of(Weakness.LENGTH), PasswordPolicy.weaknessOf("x".repeat(129), EMAIL));
        assertTrue(PasswordPolicy.weaknessOf("x".repeat(128), EMAIL).isEmpty());
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
