package org.orderdesk.security.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A short name for the browser and system a session was opened from ("Firefox · Windows"), taken from its
 * User-Agent header, so that the owner recognises their own devices in the list of sessions. It is what the
 * client claims, shown as such; nothing is decided on it. Proper names only, so it needs no translation.
 */
public final class DeviceName {

    /** Tokens in the order they must be tried: Edge and Opera also claim Chrome, Chrome also claims Safari. */
    private static final List<Map.Entry<String, String>> BROWSERS = List.of(
            Map.entry("Edg/", "Edge"), Map.entry("OPR/", "Opera"), Map.entry("YaBrowser/", "Yandex Browser"),
            Map.entry("Firefox/", "Firefox"), Map.entry("FxiOS/", "Firefox"), Map.entry("Chrome/", "Chrome"),
            Map.entry("CriOS/", "Chrome"), Map.entry("Safari/", "Safari"));
    /** Android also claims Linux, iOS also claims Mac OS X. */
    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(
            Map.entry("Android", "Android"), Map.entry("iPhone", "iOS"), Map.entry("iPad", "iOS"),
            Map.entry("Windows", "Windows"), Map.entry("CrOS", "ChromeOS"), Map.entry("Mac OS X", "macOS"),
            Map.entry("Linux", "Linux"));
    private static final String SEPARATOR = " · ";

    private DeviceName() {
    }

    /** Empty when the header names no browser and no system that is known here. */
    public static Optional<String> of(String userAgent) {
        if (userAgent == null) {
            return Optional.empty();
        }
        Optional<String> browser = first(BROWSERS, userAgent);
        Optional<String> system = first(SYSTEMS, userAgent);
        if (browser.isPresent() && system.isPresent()) {
            return Optional.of(browser.get() + SEPARATOR + system.get());
        }
        return browser.or(() -> system);
    }

    private static Optional<String> first(List<Map.Entry<String, String>> names, String userAgent) {
        return names.stream().filter(name -> userAgent.contains(name.getKey())).map(Map.Entry::getValue)
                .findFirst();
    }
}
