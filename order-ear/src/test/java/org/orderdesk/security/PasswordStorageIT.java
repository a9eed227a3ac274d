package org.orderdesk.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.server.Deployments;

/** What registration stores: a PBKDF2-HMAC-SHA512 hash with the configured iterations, never the password. */
@ExtendWith(ArquillianExtension.class)
class PasswordStorageIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(PasswordStorageIT.class);
    }

    @Inject
    private AccountService accountService;

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Test
    void theStoredPasswordIsAPbkdf2HashWithTheConfiguredIterations() throws Exception {
        String email = "it-" + UUID.randomUUID() + "@orderdesk.test";
        String password = "a long enough password";

        String customerNumber = accountService.register(new Registration(email, "Ivan", null, password, "ru"));

        assertTrue(customerNumber.matches("\\d{8}"), customerNumber);
        String stored = accounts.findByEmail(email).orElseThrow().passwordHash();
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA512:" + PasswordHasher.ITERATIONS + ":"), stored);
        assertFalse(stored.contains(password));
        assertTrue(hasher.matches(password.toCharArray(), stored));
        assertFalse(hasher.matches("another password".toCharArray(), stored));
    }

    @Test
    void customerNumbersAreUnique() throws Exception {
        String first = accountService.register(new Registration("it-" + UUID.randomUUID() + "@orderdesk.test",
                "First", null, "a long enough password", "ru"));
        String second = accountService.register(new Registration("it-" + UUID.randomUUID() + "@orderdesk.test",
                "Second", null, "a long enough password", "en"));

        // Drawn at random (SearchAndNumbersIT): different, in no particular order.
        assertNotEquals(first, second);
        assertTrue(second.matches("\\d{8}"), second);
    }

    @Test
    void anEmailCanBeRegisteredOnlyOnceWhateverItsCase() throws Exception {
        String email = "it-" + UUID.randomUUID() + "@orderdesk.test";
        accountService.register(new Registration(email, "Once", null, "a long enough password", "ru"));

        org.junit.jupiter.api.Assertions.assertThrows(EmailAlreadyRegisteredException.class,
                () -> accountService.register(new Registration(email.toUpperCase(), "Twice", null,
                        "a long enough password", "ru")));
    }
}
