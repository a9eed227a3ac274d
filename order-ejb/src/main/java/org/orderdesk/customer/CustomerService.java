package org.orderdesk.customer;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.orderdesk.customer.domain.Customer;
import org.orderdesk.customer.domain.DeliveryAddress;
import org.orderdesk.security.domain.Roles;

/** A customer's own profile, always the caller's as the container knows them, never one named by a form. */
@Stateless
@RolesAllowed(Roles.CUSTOMER)
public class CustomerService {

    @Inject
    private CustomerRepository customers;

    @Resource
    private SessionContext session;

    public CustomerProfile profile() {
        return CustomerProfile.of(callingCustomer());
    }

    /** The zone the caller reads times in; absent for callers who are not customers (operators). */
    @RolesAllowed({Roles.CUSTOMER, Roles.OPERATOR})
    public Optional<ZoneId> timeZone() {
        return customers.findByEmail(caller()).map(Customer::timeZone);
    }

    public void updateContact(@NotNull @Valid ContactDetails details) {
        callingCustomer().updateContact(details.displayName().strip(), details.phone(), details.language(),
                details.timeZone());
    }

    public void updateDefaultAddress(@NotNull @Valid DeliveryAddress address) {
        callingCustomer().useDefaultAddress(address);
    }

    public Map<String, Integer> savedCart() {
        return callingCustomer().savedCart();
    }

    public void keepCart(@NotNull Map<String, Integer> quantities) {
        callingCustomer().keepCart(quantities);
    }

    @RolesAllowed(Roles.OPERATOR)
    public long count() {
        return customers.count();
    }

    private Customer callingCustomer() {
        String email = caller();
        return customers.findByEmail(email).orElseThrow(() -> new IllegalStateException("No customer " + email));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
