package org.orderdesk.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.orderdesk.customer.domain.Customer;
import org.orderdesk.security.OwnerLanguages;

/** A customer's preferred language, for the mails security sends to the owner of an account. */
@ApplicationScoped
public class CustomerLanguages implements OwnerLanguages {

    @Inject
    private CustomerRepository customers;

    @Override
    public Optional<String> of(String email) {
        return customers.findByEmail(email).map(Customer::preferredLanguage);
    }
}
