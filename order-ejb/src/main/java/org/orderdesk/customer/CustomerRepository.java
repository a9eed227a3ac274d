package org.orderdesk.customer;

import java.util.Optional;
import org.orderdesk.customer.domain.Customer;

/** Where customers are kept. */
public interface CustomerRepository {

    Optional<Customer> findByEmail(String email);

    /** Locks the customer's row until the transaction ends: their orders are numbered one at a time. */
    Optional<Customer> findByEmailForUpdate(String email);

    void add(Customer customer);

    /** Writes pending changes now, so that database-generated values (the customer number) are assigned. */
    void flush();

    long count();
}
