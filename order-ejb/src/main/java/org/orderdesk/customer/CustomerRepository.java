package org.orderdesk.customer;

import java.util.Optional;

/** Where customers are kept. */
public interface CustomerRepository {

    Optional<Customer> findByEmail(String email);

    void add(Customer customer);
}
