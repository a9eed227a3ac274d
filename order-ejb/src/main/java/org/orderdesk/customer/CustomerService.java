package org.orderdesk.customer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/** A customer's own profile, always looked up by the logged-in caller's e-mail, never by an id from a form. */
@Stateless
public class CustomerService {

    @Inject
    private CustomerRepository customers;

    public Customer profile(@NotBlank String email) {
        return customers.findByEmail(email).orElseThrow(() -> new IllegalStateException("No customer " + email));
    }

    /** The zone a customer reads times in; absent for callers who are not customers (operators). */
    public Optional<ZoneId> timeZone(@NotBlank String email) {
        return customers.findByEmail(email).map(Customer::timeZone);
    }

    public void updateContact(@NotBlank String email, @NotNull @Valid ContactDetails details) {
        profile(email).updateContact(details.displayName().strip(), details.phone(), details.language(),
                details.timeZone());
    }

    public void updateDefaultAddress(@NotBlank String email, @NotNull @Valid DeliveryAddress address) {
        profile(email).useDefaultAddress(address);
    }

    public Map<String, Integer> savedCart(@NotBlank String email) {
        return profile(email).savedCart();
    }

    public void keepCart(@NotBlank String email, @NotNull Map<String, Integer> quantities) {
        profile(email).keepCart(quantities);
    }

    public long count() {
        return customers.count();
    }
}
