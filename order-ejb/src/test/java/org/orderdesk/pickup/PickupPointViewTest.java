package org.orderdesk.pickup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.orderdesk.pickup.domain.PickupPoint;
import org.orderdesk.shared.LocalizedText;

/** The checkout groups pickup points by city: a point stored before cities were kept has none. */
class PickupPointViewTest {

    @Test
    void aPointInAKnownCityNamesItInTheReadersLanguage() {
        PickupPointView point = PickupPointView.of(point(new LocalizedText("Москва", "Moscow")));

        assertTrue(point.hasCity());
        assertEquals("Moscow", point.cityIn(Locale.ENGLISH));
        assertEquals("Москва", point.cityIn(Locale.forLanguageTag("ru")));
        assertEquals("MSK-01", point.code());
        assertEquals("Centre", point.name().in(Locale.ENGLISH));
    }

    @Test
    void aPointWithoutACityHasAnEmptyOne() {
        PickupPointView point = PickupPointView.of(point(null));

        assertFalse(point.hasCity());
        assertEquals("", point.cityIn(Locale.ENGLISH));
    }

    private static PickupPoint point(LocalizedText city) {
        return new PickupPoint("MSK-01", city, new LocalizedText("Центр", "Centre"),
                new LocalizedText("ул. 1", "1 St"), new LocalizedText("9–21", "9–21"));
    }
}
