package org.orderdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.ExternalAddress;
import org.orderdesk.server.ShopClient;
import org.orderdesk.server.ShopPages;

/**
 * ASVS 2.2.1: guessing is throttled per account and per client address, and a stranger cannot lock the owner
 * out. The stranger is this machine seen through its network address; the owner registered (and so last logged
 * in) through 127.0.0.1. The test server's waits double from 1 s up to 10 s (order-ear's pom).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginThrottleIT {

    private static final String REFUSED = "Wrong e-mail or password.";
    /** Past the account's 5 free failures: the stranger's wait is at its maximum, 10 s. */
    private static final int STRANGER_GUESSES = 10;
    /** Past the address's 20 free failures, to its maximum wait. */
    private static final int ADDRESS_GUESSES = 26;

    private String ownerEmail;
    private String strangerUrl;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @BeforeEach
    void anOwnerHasRegistered() throws Exception {
        strangerUrl = ExternalAddress.strangerShopUrl();
        ownerEmail = ShopPages.newEmail();
        ResetMails.registered(ownerEmail);
    }

    @Test
    void aStrangersWrongPasswordsSlowTheStrangerButNeverLockTheOwnerOut() throws Exception {
        for (int i = 0; i < STRANGER_GUESSES; i++) {
            assertRefused(new ShopClient(strangerUrl).logIn(ownerEmail, "guess " + i));
        }

        assertRefused(new ShopClient(strangerUrl).logIn(ownerEmail, ShopPages.PASSWORD));
        assertEquals(302, new ShopClient().logIn(ownerEmail, ShopPages.PASSWORD).statusCode());
    }

    @Test
    void anAddressGuessingAtManyAccountsWaitsEvenWithARightPassword() throws Exception {
        for (int i = 0; i < ADDRESS_GUESSES; i++) {
            assertRefused(new ShopClient(strangerUrl).logIn(ShopPages.newEmail(), "guess " + i));
        }

        assertRefused(new ShopClient(strangerUrl).logIn(ownerEmail, ShopPages.PASSWORD));
        assertEquals(302, new ShopClient().logIn(ownerEmail, ShopPages.PASSWORD).statusCode());
    }

    /** Every refusal is the same page with the same message, whether a wrong password or a wait. */
    private static void assertRefused(HttpResponse<String> login) {
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains(REFUSED), login.body());
    }
}
