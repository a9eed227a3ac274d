package org.orderdesk.catalog;

import java.util.Locale;
import org.orderdesk.catalog.domain.Category;
import org.orderdesk.shared.LocalizedText;

/** A shelf of the catalog as the shop's menu shows it: its code for the address, its name in both languages. */
public record CategoryView(String code, LocalizedText name) {

    static CategoryView of(Category category) {
        return new CategoryView(category.code(), category.name());
    }

    public String nameIn(Locale locale) {
        return name.in(locale);
    }
}
