package org.orderdesk.mail.domain;

/** Why a mail is sent; with the subject of the event it makes the mail's identity (one mail per event). */
public enum MailKind {
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    EMAIL_VERIFICATION,
    /** To the owner of an address someone tried to register again. */
    REGISTRATION_ATTEMPT,
    /** To an operator whose second factor another operator cleared. */
    SECOND_FACTOR_RESET,
    /** To an operator whose one-time code was presented again after it had been used. */
    ONE_TIME_CODE_REUSED,
    /** To the owner of an account that was logged in to from a browser it had not been used in before. */
    NEW_DEVICE_LOGIN,
    ORDER_CONFIRMATION,
    ORDER_READY_FOR_PICKUP,
    ORDER_RECEIVED,
    ORDER_DELIVERED,
    ORDER_CANCELLED,
    ORDER_RETURNED,
    STORAGE_EXTENDED,
    SUPPORT_ANSWER;

    /**
     * A mail whose link is a live secret (a password reset, an address verification): the outbox keeps OutboxMail.SECRET in its place and
     * the sender puts a freshly issued one in each copy it sends, so no usable secret is ever stored.
     */
    public boolean carriesSecret() {
        return this == PASSWORD_RESET || this == EMAIL_VERIFICATION;
    }
}
