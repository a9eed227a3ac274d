package org.orderdesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private final LocalizedText text = new LocalizedText("Чайник", "Kettle");

    @Test
    void givesEnglishToEnglishReaders() {
        assertEquals("Kettle", text.in(Locale.UK));
    }

    @Test
    void fallsBackToRussianForOtherLanguages() {
        assertEquals("Чайник", text.in(Locale.forLanguageTag("ru-RU")));
        assertEquals("Чайник", text.in(Locale.GERMAN));
    }

    @Test
    void refusesAMissingTranslation() {
        assertThrows(IllegalArgumentException.class, () -> new LocalizedText("Чайник", " "));
    }
}
