package org.orderdesk.pickup;

import java.util.Locale;
import org.orderdesk.pickup.domain.PickupPoint;
import org.orderdesk.shared.LocalizedText;

/**
 * A pickup point as the pages show it: the checkout's choice, the pickup desk, and the order it goes to
 * (OrderView). Texts stay in both languages: the page picks its own.
 *
 * @param city null for a point whose city is not known yet
 */
public record PickupPointView(String code, LocalizedText city, LocalizedText name, LocalizedText address,
                              LocalizedText openingHours) {

    public static PickupPointView of(PickupPoint point) {
        return new PickupPointView(point.code(), point.city(), point.name(), point.address(), point.openingHours());
    }

    public boolean hasCity() {
        return city != null;
    }

    /** The city's name, or empty for a point whose city is not known yet. */
    public String cityIn(Locale locale) {
        return city == null ? "" : city.in(locale);
    }
}
