package org.orderdesk.customer;

import org.orderdesk.customer.domain.Customer;
import org.orderdesk.customer.domain.CustomerNumber;

/** A customer as an operator contacts them, next to their order or their ticket in the console. */
public record CustomerContact(String displayName, String email, CustomerNumber number, String phone) {

    public static CustomerContact of(Customer customer) {
        return new CustomerContact(customer.account().displayName(), customer.account().email(), customer.number(),
                customer.phone());
    }
}
