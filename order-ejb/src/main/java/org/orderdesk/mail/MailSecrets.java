package org.orderdesk.mail;

/** Issues the live secret a mail carries (MailKind.carriesSecret) at the moment that mail is sent. */
public interface MailSecrets {

    /**
     * A fresh secret for this copy of the mail, committed before it returns so that it works when the mail
     * arrives; the secret of any earlier copy of the same event stops working.
     *
     * @param originalEventKey the key of the event the mail was first queued for
     */
    String issue(MailKind kind, String originalEventKey);
}
