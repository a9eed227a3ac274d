package org.orderdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.customer.Registration;
import org.orderdesk.customer.RegistrationService;
import org.orderdesk.mail.MailKind;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.ShopClient;
import org.orderdesk.server.ShopFixture;

/**
 * What registration stores: a PBKDF2-HMAC-SHA512 hash with the configured iterations, never the password; one
 * account per address, whatever its case (a second registration changes nothing and mails the owner).
 */
@ExtendWith(ArquillianExtension.class)
class PasswordStorageIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    private RegistrationService registrations;

    @Inject
    private ShopFixture shop;

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private FirstPasswordLinks firstPasswords;

    @Inject
    private UserTransaction transaction;

    @Test
    void theStoredPasswordIsAPbkdf2HashWithTheConfiguredIterations() throws Exception {
        String email = "it-" + UUID.randomUUID() + "@orderdesk.test";
        String password = "a long enough password";

        registrations.register(new Registration(email, "Ivan", null, password, "ru"), null);

        String stored = accounts.findByEmail(email).orElseThrow().passwordHash();
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA512:" + PasswordHasher.ITERATIONS + ":"), stored);
        assertFalse(stored.contains(password));
        assertTrue(hasher.matches(password.toCharArray(), stored));
        assertFalse(hasher.matches("another password".toCharArray(), stored));
    }

    @Test
    void customerNumbersAreUnique() throws Exception {
        String first = shop.customerNumberOf(shop.newCustomer());
        String second = shop.customerNumberOf(shop.newCustomer());

        // Drawn at random (SearchAndNumbersIT): different, in no particular order.
        assertNotEquals(first, second);
        assertTrue(first.matches("\\d{8}"), first);
        assertTrue(second.matches("\\d{8}"), second);
    }

    @Test
    void anEmailCanBeRegisteredOnlyOnceWhateverItsCase() throws Exception {
        String email = "it-" + UUID.randomUUID() + "@orderdesk.test";
        registrations.register(new Registration(email, "Once", null, "a long enough password", "ru"), null);
        String firstHash = accounts.findByEmail(email).orElseThrow().passwordHash();

        registrations.register(new Registration(email.toUpperCase(), "Twice", null, "another long password", "en"),
                null);

        Account account = accounts.findByEmail(email).orElseThrow();
        assertEquals("Once", account.displayName());
        assertEquals(firstHash, account.passwordHash());
        assertEquals(1, shop.mailsTo(email).stream().filter(m -> m.kind() == MailKind.REGISTRATION_ATTEMPT).count());
    }

    /** ASVS 2.3.1: an account made without a configured password gets no generated one, only a single-use link. */
    @Test
    void anAccountMadeWithoutAPasswordHasNoneUntilItsLinkSetsTheFirstOnce() throws Exception {
        String email = "it-" + UUID.randomUUID() + "@orderdesk.test";
        transaction.begin();
        Account operator = firstPasswords.accountAwaitingIt(email, "First operator", Role.OPERATOR);
        accounts.add(operator);
        String url = firstPasswords.issue(operator);
        transaction.commit();
        String link = url.substring(url.indexOf("shop/reset-password?token="));
        assertTrue(accounts.findByEmail(email).orElseThrow().awaitsFirstPassword());

        assertEquals(302, ResetMails.reset(link, "the operator's own passphrase").statusCode());

        assertFalse(accounts.findByEmail(email).orElseThrow().awaitsFirstPassword());
        assertFalse(ResetMails.works(link), "the link sets it once");
        assertTrue(ShopClient.isToSecondFactor(
                new ShopClient().logInWithPasswordOnly(email, "the operator's own passphrase")));
    }
}
