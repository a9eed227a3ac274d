package org.orderdesk.customer;

import java.time.ZoneId;
import org.orderdesk.customer.domain.Customer;
import org.orderdesk.customer.domain.CustomerNumber;
import org.orderdesk.customer.domain.DeliveryAddress;

/**
 * The calling customer as their own pages show them: the profile's fields, the address the checkout starts from,
 * the language a login switches the pages to.
 *
 * @param defaultAddress null until the customer saved one
 */
public record CustomerProfile(CustomerNumber number, String email, String displayName, String phone,
                              String preferredLanguage, ZoneId timeZone, DeliveryAddress defaultAddress) {

    /** The zone a new customer reads times in, and guests and operators unless the shop sets another. */
    public static final String DEFAULT_TIME_ZONE = Customer.DEFAULT_TIME_ZONE;

    static CustomerProfile of(Customer customer) {
        return new CustomerProfile(customer.number(), customer.account().email(), customer.account().displayName(),
                customer.phone(), customer.preferredLanguage(), customer.timeZone(), customer.defaultAddress());
    }
}
