package org.orderdesk.mail;

import java.time.Instant;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.mail.domain.MailState;

/** One outbox row as the mail log lists it. */
public record MailLogRow(Long id, MailKind kind, String eventKey, String recipient, String subject, MailState state,
                         int attempts, String lastError, Instant createdAt, Instant sentAt, Long resendOf) {
}
