package org.orderdesk.web.security;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.orderdesk.security.KeyCeremony;

/**
 * The WebAuthn ceremonies pages begin (ASVS 2.3.2): a new challenge for each page shown, kept in the session
 * until the browser's answer to it is posted, and taken then, so that each answers once. The answer names its
 * challenge (in the client data the browser signs), and only the ceremony of that challenge is taken: an operator
 * with the page open in two tabs, or back on an older one, answers that page's challenge, which a newer page must
 * not have replaced. The relying-party id is the host name the page was asked for, and the origin is its scheme,
 * host and port: a key registered under one name of the shop signs in only under that name.
 */
final class KeyCeremonies {

    /** Ceremonies of one purpose a session keeps at once; beyond them, the oldest page's answer is refused. */
    static final int KEPT = 5;
    /** Far more than a browser's client data (about 200 characters): longer input is not read at all. */
    private static final int CLIENT_DATA_LENGTH = 4096;

    /** What a ceremony is for: an answer to one is never taken for the other. */
    enum Purpose {
        REGISTRATION,
        SIGN_IN;

        private String prefix() {
            return KeyCeremonies.class.getName() + "." + name() + ".";
        }
    }

    /** A ceremony as the session keeps it, with when it began, so that the oldest goes first. */
    private record Kept(KeyCeremony ceremony, Instant begunAt) implements Serializable {
    }

    private KeyCeremonies() {
    }

    static KeyCeremony begin(HttpServletRequest request, Purpose purpose) {
        return begin(request, purpose, Instant.now());
    }

    /** @param now when the page is shown: the session keeps the newest ceremonies */
    static KeyCeremony begin(HttpServletRequest request, Purpose purpose, Instant now) {
        KeyCeremony ceremony = KeyCeremony.begin(originOf(request), request.getServerName());
        HttpSession session = request.getSession();
        session.setAttribute(purpose.prefix() + ceremony.challenge(), new Kept(ceremony, now));
        forgetAllButTheNewest(session, purpose);
        return ceremony;
    }

    /**
     * The session's ceremony of this purpose whose challenge the browser answered (read from the answer's client
     * data, URL-safe Base64 of JSON), which is then gone. Whether the answer really answers it is the verifier's
     * to check: this only chooses which of the session's challenges to check it against.
     */
    static Optional<KeyCeremony> take(HttpSession session, Purpose purpose, String clientData) {
        Optional<String> challenge = challengeIn(clientData);
        if (session == null || challenge.isEmpty()) {
            return Optional.empty();
        }
        String attribute = purpose.prefix() + challenge.get();
        Kept kept = (Kept) session.getAttribute(attribute);
        session.removeAttribute(attribute);
        return Optional.ofNullable(kept).map(Kept::ceremony);
    }

    /** The options both ceremonies share, for the page's script (js/security-keys.js): challenge and rp id. */
    static JsonObjectBuilder options(KeyCeremony ceremony) {
        return Json.createObjectBuilder().add("challenge", ceremony.challenge()).add("rpId", ceremony.rpId());
    }

    private static void forgetAllButTheNewest(HttpSession session, Purpose purpose) {
        List<String> names = new ArrayList<>();
        for (String name : Collections.list(session.getAttributeNames())) {
            if (name.startsWith(purpose.prefix())) {
                names.add(name);
            }
        }
        names.stream()
                .sorted(Comparator.comparing(name -> ((Kept) session.getAttribute(name)).begunAt()))
                .limit(Math.max(0, names.size() - KEPT))
                .forEach(session::removeAttribute);
    }

    private static Optional<String> challengeIn(String clientData) {
        if (clientData == null || clientData.length() > CLIENT_DATA_LENGTH) {
            return Optional.empty();
        }
        try (JsonReader json = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(clientData), StandardCharsets.UTF_8)))) {
            JsonObject data = json.readObject();
            return Optional.ofNullable(data.getString("challenge", null));
        } catch (IllegalArgumentException | JsonException notClientData) {
            return Optional.empty();
        }
    }

    private static String originOf(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
