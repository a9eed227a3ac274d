package org.orderdesk.mail.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final OutboxMail mail = new OutboxMail(MailKind.PASSWORD_RESET, "42", "anna@example.com", "Subject",
            "text", "<p>html</p>", NOW);

    @Test
    void isDueAtOnceAndPending() {
        assertEquals(MailState.PENDING, mail.state());
        assertEquals(NOW, mail.nextAttemptAt());
    }

    @Test
    void aFailureSchedulesARetryAfterTheBackOff() {
        mail.recordFailure("connection refused", NOW, Duration.ofSeconds(30), 5);

        assertEquals(MailState.PENDING, mail.state());
        assertEquals(NOW.plusSeconds(30), mail.nextAttemptAt());
        assertEquals("connection refused", mail.lastError());
        assertEquals(1, mail.attempts());
    }

    @Test
    void givesUpAfterTheLastAttemptAndKeepsTheError() {
        for (int i = 0; i < 3; i++) {
            mail.recordFailure("550 mailbox unavailable", NOW, Duration.ofSeconds(1), 3);
        }

        assertEquals(MailState.FAILED, mail.state());
        assertEquals("550 mailbox unavailable", mail.lastError());
    }

    @Test
    void theMessageIdDependsOnlyOnTheEvent() {
        OutboxMail again = new OutboxMail(MailKind.PASSWORD_RESET, "42", "anna@example.com", "Other subject",
                "other", null, NOW.plusSeconds(60));

        assertEquals(mail.messageId("orderdesk.local"), again.messageId("orderdesk.local"));
        assertEquals("<password_reset.42@orderdesk.local>", mail.messageId("orderdesk.local"));
    }

    @Test
    void aResentMailNamesTheEventItWasFirstSentFor() {
        OutboxMail resent = mail.resend(NOW.plusSeconds(60)).resend(NOW.plusSeconds(120));

        assertEquals("42", resent.originalEventKey());
        assertEquals("42", mail.originalEventKey());
    }

    @Test
    void theSecretReplacesItsPlaceholderInTextAndHtml() {
        assertEquals("open /reset?token=s3cr3t now",
                OutboxMail.withSecret("open /reset?token=REDACTED now", "s3cr3t"));
        assertNull(OutboxMail.withSecret(null, "s3cr3t"));
    }
}
