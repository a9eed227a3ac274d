package org.orderdesk.mail;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.order.CheckoutService;
import org.orderdesk.order.OrderStatus;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.Mailbox;
import org.orderdesk.server.ShopFixture;
import org.orderdesk.server.SmtpSwitch;

/**
 * The outbox against the real server, database and SMTP server (through SmtpSwitch, which plays the mail server
 * going down): no mail lost, none sent twice, hopeless ones given up with their error. The test server retries
 * after 1, 2, 4, 5, 5 s and gives up after 6 tries (see the failsafe environment in the pom).
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(OutboxIT.class, Mailbox.class, ShopFixture.class, SmtpSwitch.class);
    }

    @Inject
    private ShopFixture shop;

    @Inject
    private CheckoutService checkout;

    @Inject
    private Outbox outbox;

    @Inject
    private OutboxDrain drain;

    @Resource
    private UserTransaction transaction;

    @Resource
    private ManagedExecutorService executor;

    @Test
    void ordersPlacedWhileSmtpIsDownAreConfirmedAndGetEachTheirMailOnceItIsBack() throws Exception {
        String sku = shop.newProduct(20);
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            customers.add(shop.newCustomer());
        }
        List<String> numbers = new ArrayList<>();
        SmtpSwitch.down();
        try {
            for (String customer : customers) {
                numbers.add(checkout.placeOrder(customer, ShopFixture.pickupOrder(sku, 1)));
            }
            for (String number : numbers) {
                assertEquals(OrderStatus.ASSEMBLING, shop.orderNumbered(number).status());
            }
            // The sender has tried every one of them, and failed: the mails wait.
            await().atMost(PATIENCE).until(() -> triedAndWaiting(numbers));
            for (String customer : customers) {
                assertTrue(Mailbox.messagesOf(customer).isEmpty(), customer);
            }
        } finally {
            SmtpSwitch.up();
        }

        for (String customer : customers) {
            await().atMost(PATIENCE).ignoreExceptions().until(() -> Mailbox.messagesOf(customer).size() == 1);
        }
        for (String number : numbers) {
            assertEquals(MailState.SENT, confirmation(number).state());
        }
        for (String customer : customers) {
            assertEquals(1, Mailbox.messagesOf(customer).size(), "exactly one mail for " + customer);
        }
    }

    private boolean triedAndWaiting(List<String> numbers) throws Exception {
        for (String number : numbers) {
            OutboxMail mail = confirmation(number);
            if (mail.state() != MailState.PENDING || mail.attempts() == 0 || mail.lastError() == null) {
                return false;
            }
        }
        return true;
    }

    private OutboxMail confirmation(String number) throws Exception {
        return shop.mails(MailKind.ORDER_CONFIRMATION, number).get(0);
    }

    @Test
    void twoDrainersAtOnceSendEveryMailExactlyOnce() throws Exception {
        List<String> recipients = new ArrayList<>();
        transaction.begin();
        for (int i = 0; i < 30; i++) {
            String recipient = "it-" + UUID.randomUUID() + "@orderdesk.test";
            recipients.add(recipient);
            outbox.enqueue(new OutboxMail(MailKind.PASSWORD_RESET, UUID.randomUUID().toString(), recipient,
                    "Drained " + i, "Mail " + i, null, Instant.now()));
        }
        transaction.commit();

        Callable<Integer> drainer = () -> {
            int sent = 0;
            for (int claimed = drain.drainOnce(); claimed > 0; claimed = drain.drainOnce()) {
                sent += claimed;
            }
            return sent;
        };
        for (Future<Integer> done : executor.invokeAll(List.of(drainer, drainer))) {
            done.get();
        }

        for (String recipient : recipients) {
            await().atMost(PATIENCE).ignoreExceptions().until(() -> Mailbox.messagesOf(recipient).size() == 1);
        }
        for (String recipient : recipients) {
            assertEquals(1, Mailbox.messagesOf(recipient).size(), "exactly one mail for " + recipient);
        }
    }

    @Test
    void aMailThatCanNeverBeSentEndsFailedAfterTheConfiguredTriesWithItsError() throws Exception {
        String eventKey = UUID.randomUUID().toString();
        transaction.begin();
        outbox.enqueue(new OutboxMail(MailKind.PASSWORD_RESET, eventKey, "nobody@", "Never", "Never", null,
                Instant.now()));
        transaction.commit();

        OutboxMail failed = await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                .until(() -> shop.mails(MailKind.PASSWORD_RESET, eventKey).get(0),
                        mail -> mail.state() == MailState.FAILED);

        assertEquals(6, failed.attempts());
        // The address is refused before any SMTP conversation (Bean Validation of the outgoing mail); the error says so.
        assertTrue(failed.lastError().contains("constraint violation"), failed.lastError());
    }
}
