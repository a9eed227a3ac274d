package org.orderdesk.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A text the shop shows in both of its languages. Russian is the shop's home language, so it is the fallback for
 * any locale that is not English.
 */
@Embeddable
public class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Column(nullable = false, length = 2000)
    private String ru;

    @NotBlank
    @Column(nullable = false, length = 2000)
    private String en;

    protected LocalizedText() {
        // for JPA
    }

    public LocalizedText(String ru, String en) {
        this.ru = requireText(ru, "ru");
        this.en = requireText(en, "en");
    }

    private static String requireText(String text, String language) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Text in '" + language + "' must not be blank");
        }
        return text.strip();
    }

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : ru;
    }

    public String ru() {
        return ru;
    }

    public String en() {
        return en;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other && ru.equals(other.ru) && en.equals(other.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ru, en);
    }

    @Override
    public String toString() {
        return ru + " / " + en;
    }
}
