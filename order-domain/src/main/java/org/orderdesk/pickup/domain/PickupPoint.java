package org.orderdesk.pickup.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import org.orderdesk.shared.LocalizedText;

/** A place where customers collect their orders by showing their pickup code. */
@Entity
@Table(name = "pickup_point")
public class PickupPoint {

    @Id
    @GeneratedValue
    private Long id;

    @NotNull
    @Pattern(regexp = "[A-Z0-9-]{3,20}")
    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Valid
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ru", column = @Column(name = "name_ru", nullable = false, length = 200)),
            @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false, length = 200))})
    private LocalizedText name;

    @Valid
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ru", column = @Column(name = "address_ru", nullable = false, length = 400)),
            @AttributeOverride(name = "en", column = @Column(name = "address_en", nullable = false, length = 400))})
    private LocalizedText address;

    @Valid
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ru", column = @Column(name = "hours_ru", nullable = false, length = 200)),
            @AttributeOverride(name = "en", column = @Column(name = "hours_en", nullable = false, length = 200))})
    private LocalizedText openingHours;

    /**
     * Shoppers look for a point in their own city first. Nullable columns: points stored before the city was
     * kept have none until the seeding (or an operator) names it.
     */
    @Valid
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ru", column = @Column(name = "city_ru", length = 100)),
            @AttributeOverride(name = "en", column = @Column(name = "city_en", length = 100))})
    private LocalizedText city;

    protected PickupPoint() {
        // for JPA
    }

    public PickupPoint(String code, LocalizedText city, LocalizedText name, LocalizedText address,
                       LocalizedText openingHours) {
        this.code = code;
        this.city = city;
        this.name = name;
        this.address = address;
        this.openingHours = openingHours;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    /** Null for a point whose city is not known yet. */
    public LocalizedText city() {
        return city;
    }

    public LocalizedText name() {
        return name;
    }

    public LocalizedText address() {
        return address;
    }

    public LocalizedText openingHours() {
        return openingHours;
    }

    public String nameIn(Locale locale) {
        return name.in(locale);
    }

    public String addressIn(Locale locale) {
        return address.in(locale);
    }

    public String openingHoursIn(Locale locale) {
        return openingHours.in(locale);
    }
}
