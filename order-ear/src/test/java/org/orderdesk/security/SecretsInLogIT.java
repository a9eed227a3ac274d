package org.orderdesk.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.orderdesk.order.PaymentService;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.server.Callers;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.ServerLog;
import org.orderdesk.server.ShopFixture;

/**
 * ASVS 7.1.1, 8.3.5: a call whose parameter validation fails (what a crafted request can cause) must not put
 * the secrets among its arguments (passwords, a card number) into server.log. Runs in the server, to read its log.
 */
@ExtendWith(ArquillianExtension.class)
class SecretsInLogIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    private AccountService accounts;

    @Inject
    private LoginService logins;

    @Inject
    private PaymentService payments;

    @Inject
    private ShopFixture shop;

    @Inject
    private Callers callers;

    /** As a customer: the services refuse anyone else before they validate anything. */
    private void logInACustomer() throws Exception {
        callers.logIn(shop.newCustomer());
    }

    @Test
    void aRefusedPasswordChangeLogsNeitherPassword() throws Exception {
        String secret = "secret-" + UUID.randomUUID();
        logInACustomer();

        // A missing current password fails the method's validation before it runs.
        assertRefusedByValidation(() -> accounts.changePassword(null, secret + "-new", "key"));

        assertFalse(ServerLog.afterALineOfOurOwn(logins).contains(secret), "a password in server.log");
    }

    @Test
    void aRefusedPaymentLogsNoCardNumber() throws Exception {
        String card = "4242 4242 4242 4242 " + (100_000 + new SecureRandom().nextInt(900_000)) + "x";
        logInACustomer();

        // Too long and not only digits: the card fails the method's validation.
        assertRefusedByValidation(() -> payments.pay(new OrderNumber("00000000-0000"), card));

        assertFalse(ServerLog.afterALineOfOurOwn(logins).contains(card), "a card number in server.log");
    }

    /** Refused for its arguments, not for who called: otherwise nothing would have been validated or logged. */
    private static void assertRefusedByValidation(Executable call) {
        EJBException refused = assertThrows(EJBException.class, call);
        assertFalse(refused instanceof EJBAccessException, refused.toString());
    }
}
