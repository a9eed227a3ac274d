package org.orderdesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orderdesk.platform.Wiring.wire;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.mail.domain.MailState;
import org.orderdesk.mail.domain.OutboxMail;
import org.orderdesk.platform.FakeSession;
import org.orderdesk.platform.SettableClock;

/** The console's mail page and the HTML servlet read an outbox mail as a MailLogEntry. */
class MailLogTest {

    private static final Instant QUEUED = Instant.parse("2026-12-01T09:00:00Z");

    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final SettableClock clock = new SettableClock(QUEUED.plusSeconds(60));
    private final MailLog log = wire(new MailLog(), outbox, clock, FakeSession.of("desk@orderdesk.example").context());

    @Test
    void anEntryHoldsTheLogsFactsAndTheMailItself() {
        outbox.enqueue(new OutboxMail(MailKind.ORDER_CONFIRMATION, "order.00000001-0001", "anna@example.com",
                "Order placed", "text", "<p>html</p>", QUEUED).withInlineQrCode("12345678"));

        MailLogEntry entry = log.mail(1L).orElseThrow();

        assertEquals(new MailLogRow(1L, MailKind.ORDER_CONFIRMATION, "order.00000001-0001", "anna@example.com",
                "Order placed", MailState.PENDING, 0, null, QUEUED, null, null), entry.facts());
        assertEquals("text", entry.textBody());
        assertEquals("<p>html</p>", entry.htmlBody());
        assertEquals("12345678", entry.inlineQrCode());
    }

    @Test
    void aResentMailIsAnEntryOfItsOwnThatNamesTheFirst() {
        outbox.enqueue(new OutboxMail(MailKind.ORDER_CONFIRMATION, "order.00000001-0001", "anna@example.com",
                "Order placed", "text", null, QUEUED));

        MailLogEntry copy = log.mail(log.resend(1L)).orElseThrow();

        assertEquals(1L, copy.facts().resendOf());
        assertTrue(copy.facts().eventKey().startsWith("order.00000001-0001"));
        assertNull(copy.htmlBody());
    }
}
