package org.orderdesk.mail;

/** Why a mail is sent; with the subject of the event it makes the mail's identity (one mail per event). */
public enum MailKind {
    PASSWORD_RESET,
    ORDER_CONFIRMATION
}
