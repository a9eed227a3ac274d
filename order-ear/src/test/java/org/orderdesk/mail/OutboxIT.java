package org.orderdesk.mail;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.mail.domain.MailState;
import org.orderdesk.mail.domain.OutboxMail;
import org.orderdesk.order.CheckoutService;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.security.LoginService;
import org.orderdesk.server.Callers;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.Mailbox;
import org.orderdesk.server.ServerLog;
import org.orderdesk.server.ShopFixture;
import org.orderdesk.server.SmtpSwitch;

/**
 * The outbox against the real server, database and SMTP server (through SmtpSwitch, which plays the mail server
 * going down or refusing a mailbox): no mail lost, none sent twice, a refused mail failing alone without holding
 * up the others of its batch, hopeless ones given up with their error. The test server retries
 * after 0.25, 0.5, 1, 1.5, 1.5 s (its outbox timer ticks every 0.25 s) and gives up after 6 tries (see the failsafe
 * environment in the pom): long enough for a test to take the mail server down and up again before a mail gives
 * up, short enough that a test can sit out every try of a hopeless mail.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    /**
     * The kind of the mails these tests queue themselves: any kind that carries no secret (a password reset's
     * token is issued for a stored reset request as it is sent, and these mails have none).
     */
    private static final MailKind QUEUED_KIND = MailKind.SUPPORT_ANSWER;

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    /** Long enough for a few of the timer's passes, short enough not to slow the suite. */
    private static final Duration DEAD_SENDERS_LEASE = Duration.ofSeconds(3);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    private ShopFixture shop;

    @Inject
    private Callers callers;

    @Inject
    private CheckoutService checkout;

    @Inject
    private Outbox outbox;

    @Inject
    private OutboxDrain drain;

    @Inject
    private LoginService logins;

    @Resource
    private UserTransaction transaction;

    @Resource
    private ManagedExecutorService executor;

    /**
     * One customer's ten orders: each confirmation's Message-ID names its order, so one mailbox shows each arrive
     * once (ten customers cost twenty password hashes and twenty mailbox logins).
     */
    @Test
    void ordersPlacedWhileSmtpIsDownAreConfirmedAndGetEachTheirMailOnceItIsBack() throws Exception {
        String sku = shop.newProduct(20);
        String customer = shop.newCustomer();
        callers.logIn(customer);
        List<OrderNumber> numbers = new ArrayList<>();
        SmtpSwitch.down();
        try {
            for (int i = 0; i < 10; i++) {
                numbers.add(checkout.placeOrder(ShopFixture.pickupOrder(sku, 1)));
            }
            for (OrderNumber number : numbers) {
                assertEquals(OrderStatus.ASSEMBLING, shop.orderNumbered(number).status());
            }
            // The sender has tried every one of them, and failed: the mails wait.
            await().atMost(PATIENCE).until(() -> triedAndWaiting(numbers));
            assertTrue(Mailbox.messageIds(customer).isEmpty());
        } finally {
            SmtpSwitch.up();
        }

        for (OrderNumber number : numbers) {
            // Marked sent just after the SMTP server took it (asynchronously, see OutboxClaims.markSent).
            await().atMost(PATIENCE).until(() -> confirmation(number).state() == MailState.SENT);
        }
        assertEachArrivedOnce(customer, numbers.stream().map(OrderNumber::value).toList());
    }

    private boolean triedAndWaiting(List<OrderNumber> numbers) throws Exception {
        for (OrderNumber number : numbers) {
            OutboxMail mail = confirmation(number);
            if (mail.state() != MailState.PENDING || mail.attempts() == 0 || mail.lastError() == null) {
                return false;
            }
        }
        return true;
    }

    private OutboxMail confirmation(OrderNumber number) throws Exception {
        return shop.mails(MailKind.ORDER_CONFIRMATION, number.value()).get(0);
    }

    @Test
    void twoDrainersAtOnceSendEveryMailExactlyOnce() throws Exception {
        String recipient = "it-" + UUID.randomUUID() + "@orderdesk.test";
        List<String> keys = queue(30, i -> recipient);

        Callable<Integer> drainer = () -> {
            int sent = 0;
            for (int claimed = drainOnce(); claimed > 0; claimed = drainOnce()) {
                sent += claimed;
            }
            return sent;
        };
        for (Future<Integer> done : executor.invokeAll(List.of(drainer, drainer))) {
            done.get();
        }

        assertEachArrivedOnce(recipient, keys);
    }

    @Test
    void aBurstOfQueuedMailsArrivesEachExactlyOnce() throws Exception {
        String recipient = "it-" + UUID.randomUUID() + "@orderdesk.test";
        List<String> keys = queue(200, i -> recipient);

        assertEachArrivedOnce(recipient, keys);
    }

    /**
     * The recipient's mailbox comes to hold exactly one mail for each of the events, and no other: each Message-ID
     * names its event, so this is read in one look into one mailbox.
     */
    private static void assertEachArrivedOnce(String recipient, List<String> keys) throws Exception {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> Mailbox.messageIds(recipient).size() >= keys.size());

        List<String> received = Mailbox.messageIds(recipient);
        assertEquals(keys.size(), received.size(), "mails received");
        assertEveryEventArrived(keys, received);
    }

    @Test
    void aMailboxTheServerRefusesFailsOnlyItsMailAndTheRestOfTheBatchArrivesAtOnce() throws Exception {
        List<String> recipients = batchOfRecipients(10, 0, SmtpSwitch.REFUSED);
        List<String> keys = queue(recipients.size(), recipients::get);

        OutboxMail refused = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> shop.mailsTo(recipients.get(0)).get(0), mail -> mail.state() == MailState.FAILED);

        assertTrue(refused.lastError().contains("SendFailedException"), refused.lastError());
        assertLoggedInOneLine(refused);
        for (int i = 1; i < keys.size(); i++) {
            String key = keys.get(i);
            OutboxMail mail = await().atMost(PATIENCE).until(() -> shop.mails(QUEUED_KIND, key).get(0),
                    sent -> sent.state() == MailState.SENT);
            // Sent on its first try: the refusal before it in the batch did not cost the connection.
            assertEquals(1, mail.attempts(), recipients.get(i));
            assertEquals(1, Mailbox.messageIds(recipients.get(i)).size(), recipients.get(i));
        }
    }

    /** The failure's record in server.log names the mail and its error, without the stack trace (FINE only). */
    private void assertLoggedInOneLine(OutboxMail failed) {
        String log = ServerLog.afterALineOfOurOwn(logins);
        int start = log.indexOf("Mail " + failed.id() + " not sent");
        assertTrue(start >= 0, "a line for mail " + failed.id());
        String record = log.substring(start, log.indexOf("]]", start));
        assertTrue(record.contains("SendFailedException"), record);
        assertFalse(record.contains("\tat "), "a stack trace for one failed mail:\n" + record);
    }

    @Test
    void theSmtpServerGoingDownDuringABatchLosesNoMail() throws Exception {
        String recipient = "it-" + UUID.randomUUID() + "@orderdesk.test";
        List<String> keys = queue(400, i -> recipient);

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> !Mailbox.messageIds(recipient).isEmpty());
        SmtpSwitch.down();
        try {
            // Mails of the cut batches wait for their retry.
            await().atMost(PATIENCE).until(() -> shop.mailsTo(recipient).stream()
                    .anyMatch(mail -> mail.state() == MailState.PENDING && mail.lastError() != null));
        } finally {
            SmtpSwitch.up();
        }

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> shop.mailsTo(recipient).stream()
                .allMatch(mail -> mail.state() == MailState.SENT));
        List<String> received = Mailbox.messageIds(recipient);
        assertEveryEventArrived(keys, received);
        // Only a mail in flight when its connection was cut may arrive twice: at most one per drain loop.
        assertTrue(received.size() <= keys.size() + OutboxTimer.EXTRA_LOOPS + 1, received.size() + " mails");
    }

    /**
     * Issue 17: a mail claimed by an instance that died before sending it is sent by another sender once the dead
     * one's lease is over, and once. While the lease lasts, the timer's passes (every 0.25 s here) leave it alone.
     */
    @Test
    void aMailClaimedByASenderThatDiedIsSentByAnotherAfterItsLeaseOnce() throws Exception {
        String recipient = "it-" + UUID.randomUUID() + "@orderdesk.test";
        String key = UUID.randomUUID().toString();
        Instant leaseEnd = Instant.now().plus(DEAD_SENDERS_LEASE);
        transaction.begin();
        enqueue(new OutboxMail(QUEUED_KIND, key, recipient, "Claimed", "Claimed by a sender that died", null,
                Instant.now()));
        shop.leaseAsADeadSenderWould(QUEUED_KIND, key, leaseEnd);
        transaction.commit();

        await().during(Duration.between(Instant.now(), leaseEnd).minusSeconds(1)).atMost(DEAD_SENDERS_LEASE)
                .until(() -> untouched(shop.mails(QUEUED_KIND, key).get(0)));
        OutboxMail sent = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> shop.mails(QUEUED_KIND, key).get(0), mail -> mail.state() == MailState.SENT);

        assertFalse(sent.sentAt().isBefore(leaseEnd), "sent at " + sent.sentAt() + ", lease until " + leaseEnd);
        assertEquals(1, sent.attempts());
        // SENT is final: no sender claims the mail again, so the count is the last one.
        assertEquals(1, Mailbox.messageIds(recipient).size());
    }

    /**
     * Each mail of a batch is marked sent as soon as the SMTP server has accepted it, not when the batch is done:
     * an instance killed in the middle of a batch (issue 17) would leave only the mail in flight to be sent again.
     * The relay holds one mail's RCPT command back, which keeps the batch in the middle, as a kill would find it.
     */
    @Test
    void theMailsOfABatchAcceptedBeforeTheOneInFlightAreAlreadyMarkedSent() throws Exception {
        List<String> recipients = batchOfRecipients(8, 5, SmtpSwitch.HELD);
        String inFlight = recipients.get(5);
        List<String> keys = queue(recipients.size(), recipients::get);
        try {
            // Within the application's 10 s SMTP read timeout, after which it would give the held mail up.
            await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(100))
                    .until(() -> recipients.subList(0, 5).stream().allMatch(this::sentTo));

            assertTrue(untouched(shop.mailsTo(inFlight).get(0)), "the mail in flight is not marked");
            assertTrue(Mailbox.messageIds(inFlight).isEmpty(), "the mail in flight has not arrived");
        } finally {
            SmtpSwitch.release(inFlight);
        }
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> recipients.stream().allMatch(this::sentTo));
        for (int i = 0; i < keys.size(); i++) {
            assertEquals(1, shop.mails(QUEUED_KIND, keys.get(i)).get(0).attempts(), recipients.get(i));
            assertEquals(1, Mailbox.messageIds(recipients.get(i)).size(), recipients.get(i));
        }
    }

    private boolean sentTo(String recipient) {
        try {
            return shop.mailsTo(recipient).get(0).state() == MailState.SENT;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean untouched(OutboxMail mail) {
        return mail.state() == MailState.PENDING && mail.attempts() == 0;
    }

    /** Fresh addresses of one batch; the one at the given place starts with the relay's prefix (SmtpSwitch). */
    private static List<String> batchOfRecipients(int size, int special, String prefix) {
        String batch = UUID.randomUUID().toString();
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            recipients.add((i == special ? prefix : "it-") + batch + "-" + i + "@orderdesk.test");
        }
        return recipients;
    }

    /** Queues the mails in one transaction; returns their event keys. */
    private List<String> queue(int count, IntFunction<String> recipient) throws Exception {
        List<String> keys = new ArrayList<>();
        transaction.begin();
        for (int i = 0; i < count; i++) {
            String key = UUID.randomUUID().toString();
            keys.add(key);
            enqueue(new OutboxMail(QUEUED_KIND, key, recipient.apply(i), "Queued " + i,
                    "Mail " + i, null, Instant.now()));
        }
        transaction.commit();
        return keys;
    }

    /** As the password reset queues its mail, and the jobs theirs: as the system. */
    private void enqueue(OutboxMail mail) throws Exception {
        callers.asSystem(() -> {
            outbox.enqueue(mail);
            return null;
        });
    }

    /** As the timer drains: as the system. */
    private int drainOnce() throws Exception {
        return callers.asSystem(drain::drainOnce);
    }

    /** The Message-ID names the event: a mail with the event's id arrived for each. */
    private static void assertEveryEventArrived(List<String> keys, List<String> messageIds) {
        Set<String> ids = new HashSet<>(messageIds);
        for (String key : keys) {
            assertTrue(ids.stream().anyMatch(id -> id.contains("." + key + "@")), "a mail for event " + key);
        }
    }

    @Test
    void aMailThatCanNeverBeSentEndsFailedAfterTheConfiguredTriesWithItsError() throws Exception {
        String eventKey = UUID.randomUUID().toString();
        RetryPolicy retry = drain.retryPolicy();
        Instant queued = Instant.now();
        transaction.begin();
        enqueue(new OutboxMail(QUEUED_KIND, eventKey, "nobody@", "Never", "Never", null,
                Instant.now()));
        transaction.commit();

        OutboxMail failed = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> shop.mails(QUEUED_KIND, eventKey).get(0),
                        mail -> mail.state() == MailState.FAILED);

        assertEquals(retry.maxAttempts(), failed.attempts());
        // Each try waited for its back-off: tried all at once, the mail would be FAILED well before this.
        Duration triedFor = Duration.between(queued, Instant.now());
        assertTrue(triedFor.compareTo(retry.leastTimeToGiveUp()) >= 0, "FAILED after " + triedFor);
        // The address is refused before any SMTP conversation (Bean Validation of the outgoing mail); the error says so.
        assertTrue(failed.lastError().contains("constraint violation"), failed.lastError());
    }
}
