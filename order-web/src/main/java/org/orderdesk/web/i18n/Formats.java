package org.orderdesk.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omnifaces.util.Faces;
import org.orderdesk.customer.CustomerProfile;
import org.orderdesk.customer.CustomerService;
import org.orderdesk.shared.Money;
import org.orderdesk.web.platform.MessageTexts;

/**
 * Money and times as the reader expects them: in the page's language and, for a customer, in the time zone of
 * their profile (times are stored in UTC). Operators and guests read the shop's default zone.
 */
@Named
@RequestScoped
public class Formats {

    @Inject
    private LanguageSelection language;

    @Inject
    private CustomerService customers;

    /** Guests and operators read times in the zone a new customer starts with, unless the shop sets another. */
    @Inject
    @ConfigProperty(name = "orderdesk.default-time-zone", defaultValue = CustomerProfile.DEFAULT_TIME_ZONE)
    private String defaultZone;

    private ZoneId zone;

    public String money(Money amount) {
        return amount.format(language.getLocale());
    }

    /** A delivery that costs nothing reads "Free", not "0.00 ₽". */
    public String deliveryPrice(Money price) {
        return price.isZero() ? MessageTexts.text("delivery.free") : money(price);
    }

    public String dateTime(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
    }

    public String date(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
    }

    /** The id of the zone times are shown in, for saying so next to them. */
    public String getZoneId() {
        return zone().getId();
    }

    private String format(Instant instant, DateTimeFormatter style) {
        return instant == null ? "" : style.withLocale(language.getLocale()).withZone(zone()).format(instant);
    }

    private ZoneId zone() {
        if (zone == null) {
            Optional<ZoneId> own = (Faces.getRemoteUser() != null) ? customers.timeZone() : Optional.empty();
            zone = own.orElseGet(() -> ZoneId.of(defaultZone));
        }
        return zone;
    }
}
