package org.orderdesk.mail;

/** Why a mail is sent; with the subject of the event it makes the mail's identity (one mail per event). */
public enum MailKind {
    PASSWORD_RESET,
    ORDER_CONFIRMATION,
    ORDER_READY_FOR_PICKUP,
    ORDER_RECEIVED,
    ORDER_DELIVERED,
    ORDER_CANCELLED,
    ORDER_RETURNED,
    STORAGE_EXTENDED,
    SUPPORT_ANSWER
}
