package org.orderdesk.mail;

import org.orderdesk.mail.domain.OutboxMail;

/**
 * One outbox mail as the console opens it: the log's facts about it, and the mail itself (its text, its HTML part
 * and the pickup code of the QR code drawn inline), as the customer's mail client shows it.
 *
 * @param htmlBody     null for a mail without an HTML part
 * @param inlineQrCode null for a mail without an inline QR code
 */
public record MailLogEntry(MailLogRow facts, String textBody, String htmlBody, String inlineQrCode) {

    static MailLogEntry of(OutboxMail mail) {
        return new MailLogEntry(new MailLogRow(mail.id(), mail.kind(), mail.eventKey(), mail.recipient(),
                mail.subject(), mail.state(), mail.attempts(), mail.lastError(), mail.createdAt(), mail.sentAt(),
                mail.resendOf()), mail.textBody(), mail.htmlBody(), mail.inlineQrCode());
    }
}
