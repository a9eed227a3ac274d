package org.orderdesk.mail.domain;

/** Where an outbox mail stands: waiting (possibly for a retry), delivered to the SMTP server, or given up. */
public enum MailState {
    PENDING,
    SENT,
    FAILED
}
