package org.orderdesk.web.customer;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.orderdesk.customer.domain.DeliveryAddress;

/**
 * The address fields of the profile and the checkout. Lengths are checked as typed; whether the fields make a
 * complete address is the DeliveryAddress's rule, checked when one is needed.
 */
public class AddressForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 100, message = "{orderdesk.tooLong}")
    private String city;
    @Size(max = 200, message = "{orderdesk.tooLong}")
    private String street;
    @Size(max = 20, message = "{orderdesk.tooLong}")
    private String house;
    @Size(max = 20, message = "{orderdesk.tooLong}")
    private String flat;
    @Size(max = 6, message = "{orderdesk.postcode}")
    private String postcode;

    public void fillFrom(DeliveryAddress address) {
        if (address != null) {
            city = address.city();
            street = address.street();
            house = address.house();
            flat = address.flat();
            postcode = address.postcode();
        }
    }

    public DeliveryAddress toAddress() {
        return new DeliveryAddress(city, street, house, flat, postcode);
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getHouse() {
        return house;
    }

    public void setHouse(String house) {
        this.house = house;
    }

    public String getFlat() {
        return flat;
    }

    public void setFlat(String flat) {
        this.flat = flat;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }
}
