package org.orderdesk.customer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;

/** Where a courier brings an order. A Russian postcode has six digits. */
@Embeddable
public class DeliveryAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 100)
    @Column(name = "address_city", length = 100)
    private String city;

    @NotBlank
    @Size(max = 200)
    @Column(name = "address_street", length = 200)
    private String street;

    @NotBlank
    @Size(max = 20)
    @Column(name = "address_house", length = 20)
    private String house;

    @Size(max = 20)
    @Column(name = "address_flat", length = 20)
    private String flat;

    @NotBlank
    @Pattern(regexp = "\\d{6}")
    @Column(name = "address_postcode", length = 6)
    private String postcode;

    protected DeliveryAddress() {
        // for JPA
    }

    public DeliveryAddress(String city, String street, String house, String flat, String postcode) {
        this.city = city;
        this.street = street;
        this.house = house;
        this.flat = flat == null || flat.isBlank() ? null : flat;
        this.postcode = postcode;
    }

    /** "125009, Москва, Тверская, 1, кв. 5" style, for mails and order pages. */
    public String asLine() {
        return postcode + ", " + city + ", " + street + ", " + house + (flat == null ? "" : ", " + flat);
    }

    public String city() {
        return city;
    }

    public String street() {
        return street;
    }

    public String house() {
        return house;
    }

    public String flat() {
        return flat;
    }

    public String postcode() {
        return postcode;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeliveryAddress other && Objects.equals(city, other.city)
                && Objects.equals(street, other.street) && Objects.equals(house, other.house)
                && Objects.equals(flat, other.flat) && Objects.equals(postcode, other.postcode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(city, street, house, flat, postcode);
    }
}
