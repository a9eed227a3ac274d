package org.orderdesk.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.orderdesk.security.AccountSessions;

/**
 * The browser's own random token, in a long-lived cookie, by which a login from a browser the account knows is
 * told apart from one it does not (NewDeviceNotice). It says nothing about who the visitor is and lets nobody
 * in; a browser that drops it is merely a new one at its next login. HttpOnly; over HTTPS a __Host- cookie, like
 * the language's (LanguageSelection).
 */
final class DeviceCookie {

    private static final String NAME = "orderdesk_device";
    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceCookie() {
    }

    /** The browser's token, given a new one (and the cookie) if it brought none or a malformed one. */
    static String of(HttpServletRequest request, HttpServletResponse response) {
        return brought(request).orElseGet(() -> issue(request, response));
    }

    private static Optional<String> brought(HttpServletRequest request) {
        String name = name(request.isSecure());
        return Optional.ofNullable(request.getCookies()).stream().flatMap(Arrays::stream)
                .filter(cookie -> cookie.getName().equals(name)).map(Cookie::getValue)
                .filter(value -> TOKEN.matcher(value).matches()).findFirst();
    }

    private static String issue(HttpServletRequest request, HttpServletResponse response) {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Cookie cookie = new Cookie(name(request.isSecure()), token);
        cookie.setMaxAge((int) AccountSessions.DEVICE_REMEMBERED_FOR.toSeconds());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return token;
    }

    private static String name(boolean secureRequest) {
        return secureRequest ? "__Host-" + NAME : NAME;
    }
}
