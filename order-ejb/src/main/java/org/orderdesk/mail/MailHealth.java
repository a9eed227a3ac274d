package org.orderdesk.mail;

/** How the mail queue is doing: mails waiting to be sent and mails the sender gave up on. */
public record MailHealth(long pending, long failed) {
}
