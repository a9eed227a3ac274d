package org.orderdesk.mail;

import java.time.Instant;

/** One outbox row as the mail log lists it. */
public record MailLogRow(Long id, MailKind kind, String eventKey, String recipient, String subject, MailState state,
                         int attempts, String lastError, Instant createdAt, Instant sentAt, Long resendOf) {
}
