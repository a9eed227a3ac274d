package org.orderdesk.security;

/**
 * What a password must be: long enough to resist guessing (ASVS 2.1.1: at least 12 characters) and short enough
 * that hashing it cannot be used to tie up the server (ASVS 2.1.2: at most 128).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Length in Unicode code points, so that an emoji or a Cyrillic letter counts as one character. */
    public static boolean isAcceptable(String password) {
        if (password == null) {
            return false;
        }
        int length = password.codePointCount(0, password.length());
        return length >= MIN_LENGTH && length <= MAX_LENGTH && !password.isBlank();
    }
}
