package org.orderdesk.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.orderdesk.platform.Wiring.wire;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.orderdesk.customer.domain.Customer;
import org.orderdesk.customer.domain.DeliveryAddress;
import org.orderdesk.platform.FakeSession;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.Role;

/** The profile page, the checkout and the login read the calling customer as a CustomerProfile. */
class CustomerProfileTest {

    private static final String ANNA = "anna@example.com";

    private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    private final Customer anna = new Customer(new Account(ANNA, "Anna", "hash", Role.CUSTOMER), "+7 900 000-00-00",
            "en");
    private final CustomerService service = wire(new CustomerService(), customers, FakeSession.of(ANNA).context());

    @Test
    void aNewCustomersProfileHasTheShopsZoneAndNoAddressYet() {
        customers.add(anna);

        CustomerProfile profile = service.profile();

        assertEquals(anna.number(), profile.number());
        assertEquals(ANNA, profile.email());
        assertEquals("Anna", profile.displayName());
        assertEquals("+7 900 000-00-00", profile.phone());
        assertEquals("en", profile.preferredLanguage());
        assertEquals(ZoneId.of(CustomerProfile.DEFAULT_TIME_ZONE), profile.timeZone());
        assertNull(profile.defaultAddress());
    }

    @Test
    void theProfileShowsTheAddressTheCustomerSaved() {
        customers.add(anna);
        DeliveryAddress home = new DeliveryAddress("Moscow", "Tverskaya", "1", "2", "125009");

        service.updateDefaultAddress(home);

        assertEquals(home, service.profile().defaultAddress());
    }
}
