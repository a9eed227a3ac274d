package org.orderdesk.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void needsAtLeastTwelveCharacters() {
        assertFalse(PasswordPolicy.isAcceptable("elevenchars"));
        assertTrue(PasswordPolicy.isAcceptable("twelve chars"));
    }

    @Test
    void countsCharactersNotBytes() {
        assertTrue(PasswordPolicy.isAcceptable("пароль-длинный"));
        assertFalse(PasswordPolicy.isAcceptable("😀😀😀😀😀😀😀😀😀😀😀"));
        assertTrue(PasswordPolicy.isAcceptable("😀😀😀😀😀😀😀😀😀😀😀😀"));
    }

    @Test
    void refusesBlankNullAndOverlongPasswords() {
        assertFalse(PasswordPolicy.isAcceptable("               "));
        assertFalse(PasswordPolicy.isAcceptable(null));
        assertFalse(PasswordPolicy.isAcceptable("x".repeat(129)));
        assertTrue(PasswordPolicy.isAcceptable("x".repeat(128)));
    }
}
