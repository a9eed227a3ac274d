package org.orderdesk.security.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must be: long enough to resist guessing (ASVS 2.1.1: at least 12 characters), short enough
 * that hashing it cannot be used to tie up the server (ASVS 2.1.2: at most 128), not one of the 10,000 most
 * common passwords (ASVS 2.1.7; the list and its source are next to this class: common-passwords.NOTICE.txt),
 * and not the account's own e-mail address or the part of it before the @, which anyone who knows the address
 * tries first. Both comparisons ignore case, as guessers vary it.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Why a password is refused; each has a translated message next to the field. */
    public enum Weakness {
        LENGTH,
        COMMON,
        SAME_AS_EMAIL
    }

    private PasswordPolicy() {
    }

    /** The first reason to refuse the password of the account with this e-mail, or nothing when it is fine. */
    public static Optional<Weakness> weaknessOf(String password, String email) {
        Optional<Weakness> alone = weaknessOf(password);
        if (alone.isPresent() || email == null) {
            return alone;
        }
        String lower = lowerCase(password);
        String address = lowerCase(email.strip());
        int at = address.lastIndexOf('@');
        boolean sameAsEmail = lower.equals(address) || (at > 0 && lower.equals(address.substring(0, at)));
        return sameAsEmail ? Optional.of(Weakness.SAME_AS_EMAIL) : Optional.empty();
    }

    /** The checks that need no account: length (in Unicode code points, so an emoji counts once) and the list. */
    public static Optional<Weakness> weaknessOf(String password) {
        if (password == null || password.isBlank()) {
            return Optional.of(Weakness.LENGTH);
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Optional.of(Weakness.LENGTH);
        }
        return CommonList.PASSWORDS.contains(lowerCase(password)) ? Optional.of(Weakness.COMMON) : Optional.empty();
    }

    private static String lowerCase(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Read once, on first use (about 10,000 short strings). */
    private static final class CommonList {

        static final Set<String> PASSWORDS = read();

        private static Set<String> read() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
                if (in == null) {
                    throw new IllegalStateException("common-passwords.txt is missing from the build");
                }
                return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .map(PasswordPolicy::lowerCase).collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
