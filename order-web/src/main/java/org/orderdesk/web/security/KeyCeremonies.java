package org.orderdesk.web.security;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.orderdesk.security.KeyCeremony;

/**
 * The WebAuthn ceremonies pages begin (ASVS 2.3.2): a new challenge for the page being shown, kept in the session
 * until the browser's answer is posted, and taken then, so that each answers once. The relying-party id is the
 * host name the page was asked for, and the origin is its scheme, host and port: a key registered under one name
 * of the shop signs in only under that name.
 */
final class KeyCeremonies {

    /** What a ceremony is for: an answer to one is never taken for the other. */
    enum Purpose {
        REGISTRATION,
        SIGN_IN;

        private String attribute() {
            return KeyCeremonies.class.getName() + "." + name();
        }
    }

    private KeyCeremonies() {
    }

    static KeyCeremony begin(HttpServletRequest request, Purpose purpose) {
        KeyCeremony ceremony = KeyCeremony.begin(originOf(request), request.getServerName());
        request.getSession().setAttribute(purpose.attribute(), ceremony);
        return ceremony;
    }

    /** The session's ceremony for this purpose, which is then gone. */
    static Optional<KeyCeremony> take(HttpSession session, Purpose purpose) {
        if (session == null) {
            return Optional.empty();
        }
        KeyCeremony ceremony = (KeyCeremony) session.getAttribute(purpose.attribute());
        session.removeAttribute(purpose.attribute());
        return Optional.ofNullable(ceremony);
    }

    /** The options both ceremonies share, for the page's script (js/security-keys.js): challenge and rp id. */
    static JsonObjectBuilder options(KeyCeremony ceremony) {
        return Json.createObjectBuilder().add("challenge", ceremony.challenge()).add("rpId", ceremony.rpId());
    }

    private static String originOf(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
