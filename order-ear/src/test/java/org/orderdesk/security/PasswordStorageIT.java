package org.orderdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.customer.Registration;
import org.orderdesk.customer.RegistrationService;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.PepperedPasswordHash;
import org.orderdesk.security.domain.Role;
import org.orderdesk.seed.StartupSeeding;
import org.orderdesk.server.Callers;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.ShopClient;
import org.orderdesk.server.ShopFixture;

/**
 * What registration stores: a PBKDF2-HMAC-SHA512 hash with the configured iterations, peppered (ASVS 2.4.5), never
 * the password; hashes from before the pepper are peppered at start-up; one account per address, whatever its case
 * (a second registration changes nothing and mails the owner).
 */
@ExtendWith(ArquillianExtension.class)
class PasswordStorageIT {

    private static final String DEMO_CUSTOMER = "customer@orderdesk.local";
    private static final String DEMO_PASSWORD = "customer-it-password";
    private static final String RELEASE_HASH = "PBKDF2WithHmacSHA512:210000:AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=:"
            + "pXIN2+gl0aEeO6uxr2eXDHEiLvnPDyO57kByMyvTtrk=";
    private static final String RELEASE_PASSWORD = "release-anna-2026";
    /** A documentation address (RFC 5737): the refused login above counts against it, not against 127.0.0.1. */
    private static final String CLIENT = "198.51.100.24";

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

    @Inject
    private LoginService login;

    @Inject
    private StartupSeeding seeding;

    @Inject
    private Callers callers;

    /**
     * With the count the server is given: 1,000 in the Derby phase (order-ear's pom), OWASP's 210,000 in the
     * upgrade phase, which gives none and so proves the default.
     */
    @Test
    void theStoredPasswordIsAPepperedPbkdf2HashWithTheConfiguredIterations() throws Exception {
        String email = "it-" + UUID.randomUUID() + "@orderdesk.test";
        String password = "a long enough password";

        registrations.register(new Registration(email, "Ivan", null, password, "ru"), null);

        String stored = accounts.findByEmail(email).orElseThrow().passwordHash();
        int iterations = ConfigProvider.getConfig().getOptionalValue("orderdesk.password.iterations", Integer.class)
                .orElse(210_000);
        assertTrue(stored.startsWith("pepper1:PBKDF2WithHmacSHA512:" + iterations + ":64:"), stored);
        assertFalse(stored.contains(password));
        assertNotPlainPbkdf2(password, stored);
        assertTrue(hasher.matches(password.toCharArray(), stored));
        assertFalse(hasher.matches("another password".toCharArray(), stored));
    }

    /** The account the test domain seeds with a configured password (orderdesk.demo.customer.password). */
    @Test
    void theSeededDemoCustomerIsStoredPepperedAndLogsInOverHttp() throws Exception {
        String stored = accounts.findByEmail(DEMO_CUSTOMER).orElseThrow().passwordHash();

        assertTrue(PepperedPasswordHash.isPeppered(stored), stored);
        assertNotPlainPbkdf2(DEMO_PASSWORD, stored);
        ShopClient client = new ShopClient();
        assertEquals(302, client.logIn(DEMO_CUSTOMER, DEMO_PASSWORD).statusCode());
        assertEquals(200, client.get("account/profile").statusCode());
    }

    /**
     * A hash as the releases before the pepper stored it (Jakarta Security's PBKDF2 form; this one is Anna's of
     * the release database UpgradeIT starts on) is wrapped by the start-up step and then fits its password; until
     * then it fits none.
     */
    @Test
    void aHashStoredBeforeThePepperIsPepperedAtStartUpAndKeepsItsPassword() throws Exception {
        String email = "it-" + UUID.randomUUID() + "@orderdesk.test";
        transaction.begin();
        accounts.add(new Account(email, "Release", RELEASE_HASH, Role.CUSTOMER));
        transaction.commit();
        assertFalse(login.authenticate(email, RELEASE_PASSWORD.toCharArray(), CLIENT).isPresent(),
                "an unwrapped hash fits no password");

        callers.asSystem(() -> {
            seeding.seed();
            return null;
        });

        String stored = accounts.findByEmail(email).orElseThrow().passwordHash();
        assertTrue(stored.startsWith("pepper1:PBKDF2WithHmacSHA512:210000:32:AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEB"),
                stored);
        assertFalse(stored.contains(RELEASE_HASH.substring(RELEASE_HASH.lastIndexOf(':') + 1)), stored);
        assertTrue(login.authenticate(email, RELEASE_PASSWORD.toCharArray(), CLIENT).isPresent());
        assertTrue(accounts.passwordHashesWithout("pepper1:").isEmpty(), "no account is left unpeppered");
    }

    /** Neither the PBKDF2 output itself nor Jakarta Security's hash of the password with the stored salt. */
    private static void assertNotPlainPbkdf2(String password, String stored) throws Exception {
        String[] parts = stored.split(":");
        byte[] salt = Base64.getDecoder().decode(parts[4]);
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, Integer.parseInt(parts[2]),
                Integer.parseInt(parts[3]) * 8);
        String plain = Base64.getEncoder().encodeToString(
                SecretKeyFactory.getInstance(parts[1]).generateSecret(spec).getEncoded());
        assertFalse(stored.contains(plain), stored);
        assertNotEquals(plain, parts[5]);
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
