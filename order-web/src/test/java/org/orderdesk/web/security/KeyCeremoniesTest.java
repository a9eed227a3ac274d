package org.orderdesk.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.orderdesk.security.KeyCeremony;
import org.orderdesk.web.security.KeyCeremonies.Purpose;

/**
 * Which of a session's WebAuthn challenges a posted answer is checked against: the one its client data names,
 * once, so that pages open in several tabs each keep theirs.
 */
class KeyCeremoniesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T20:00:00Z");

    private final Map<String, Object> attributes = new LinkedHashMap<>();
    private final HttpSession session = ServletFakes.proxy(HttpSession.class, (method, args) -> switch (method) {
        case "getAttribute" -> attributes.get((String) args[0]);
        case "setAttribute" -> attributes.put((String) args[0], args[1]);
        case "removeAttribute" -> attributes.remove((String) args[0]);
        case "getAttributeNames" -> Collections.enumeration(new ArrayList<>(attributes.keySet()));
        default -> throw new UnsupportedOperationException(method);
    });
    private final HttpServletRequest request = ServletFakes.proxy(HttpServletRequest.class, (method, args) ->
            switch (method) {
                case "getScheme" -> "https";
                case "getServerName" -> "shop.example";
                case "getServerPort" -> 443;
                case "getSession" -> session;
                default -> throw new UnsupportedOperationException(method);
            });

    @Test
    void twoPagesOpenAtOnceAreAnsweredEachByItsOwnChallengeOnce() {
        KeyCeremony firstTab = KeyCeremonies.begin(request, Purpose.REGISTRATION, NOW);
        KeyCeremony secondTab = KeyCeremonies.begin(request, Purpose.REGISTRATION, NOW.plusSeconds(1));

        assertEquals(Optional.of(firstTab), take(Purpose.REGISTRATION, firstTab));
        assertEquals(Optional.of(secondTab), take(Purpose.REGISTRATION, secondTab));
        assertEquals(Optional.empty(), take(Purpose.REGISTRATION, firstTab), "each answers once");
        assertEquals("https://shop.example", firstTab.origin());
        assertEquals("shop.example", firstTab.rpId());
    }

    @Test
    void theSessionKeepsTheNewestPagesChallengesOnly() {
        List<KeyCeremony> shown = new ArrayList<>();
        for (int page = 0; page <= KeyCeremonies.KEPT; page++) {
            shown.add(KeyCeremonies.begin(request, Purpose.SIGN_IN, NOW.plusSeconds(page)));
        }

        assertEquals(Optional.empty(), take(Purpose.SIGN_IN, shown.get(0)), "the oldest page's challenge is gone");
        for (KeyCeremony kept : shown.subList(1, shown.size())) {
            assertEquals(Optional.of(kept), take(Purpose.SIGN_IN, kept));
        }
    }

    /**
     * On a cluster the session travels between instances as serialized attributes: a page shown by one instance is
     * answered on the other, and that one still keeps only the newest pages' challenges.
     */
    @Test
    void aPageShownByOneInstanceIsAnsweredOnAnotherAfterTheSessionTravelled() {
        List<KeyCeremony> shown = new ArrayList<>();
        for (int page = 0; page < KeyCeremonies.KEPT; page++) {
            shown.add(KeyCeremonies.begin(request, Purpose.SIGN_IN, NOW.plusSeconds(page)));
        }
        attributes.replaceAll((name, value) -> Replication.replicated((Serializable) value));
        KeyCeremony newest = KeyCeremonies.begin(request, Purpose.SIGN_IN, NOW.plusSeconds(KeyCeremonies.KEPT));

        assertEquals(Optional.empty(), take(Purpose.SIGN_IN, shown.get(0)), "the oldest page's challenge is gone");
        assertEquals(Optional.of(shown.get(1)), take(Purpose.SIGN_IN, shown.get(1)));
        assertEquals(Optional.of(newest), take(Purpose.SIGN_IN, newest));
    }

    @Test
    void anAnswerIsNeverTakenForTheOtherPurpose() {
        KeyCeremony registration = KeyCeremonies.begin(request, Purpose.REGISTRATION, NOW);

        assertEquals(Optional.empty(), take(Purpose.SIGN_IN, registration));
        assertEquals(Optional.of(registration), take(Purpose.REGISTRATION, registration));
    }

    @Test
    void clientDataThatNamesNoChallengeTakesNothing() {
        KeyCeremonies.begin(request, Purpose.SIGN_IN, NOW);
        List<String> hostile = List.of("", "not Base64 at all!", encoded("[1, 2]"), encoded("{\"type\": 1}"),
                encoded("{\"challenge\": 7}"), encoded("{\"challenge\": \"" + "A".repeat(5000) + "\"}"),
                encoded("{unclosed"));

        for (String clientData : hostile) {
            assertEquals(Optional.empty(), KeyCeremonies.take(session, Purpose.SIGN_IN, clientData), clientData);
        }
        assertEquals(Optional.empty(), KeyCeremonies.take(null, Purpose.SIGN_IN, encoded("{}")), "no session");
        assertEquals(1, attributes.size(), "the page's own challenge is still kept: " + attributes.keySet());
    }

    private Optional<KeyCeremony> take(Purpose purpose, KeyCeremony answered) {
        return KeyCeremonies.take(session, purpose, encoded("{\"type\":\"webauthn.get\",\"challenge\":\""
                + answered.challenge() + "\",\"origin\":\"" + answered.origin() + "\"}"));
    }

    private static String encoded(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
