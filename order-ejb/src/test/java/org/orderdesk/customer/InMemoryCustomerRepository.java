package org.orderdesk.customer;

import java.util.Optional;
import org.orderdesk.customer.domain.Customer;
import org.orderdesk.platform.InMemoryRows;
import org.orderdesk.security.domain.Account;

/** CustomerRepository in memory; e-mail addresses compare as the accounts store them. */
public class InMemoryCustomerRepository extends InMemoryRows<Customer> implements CustomerRepository {

    @Override
    public Optional<Customer> findByEmail(String email) {
        return first(customer -> customer.account().email().equals(Account.normalizeEmail(email)));
    }

    @Override
    public Optional<Customer> findByEmailForUpdate(String email) {
        return findByEmail(email);
    }

    @Override
    public void add(Customer customer) {
        while (first(other -> other.number().equals(customer.number())).isPresent()) {
            customer.drawAnotherNumber();
        }
        insert(customer);
    }

    @Override
    public void flush() {
        // nothing waits to be written: the customer number is drawn as the customer is made
    }

    @Override
    public long count() {
        return count(customer -> true);
    }
}
