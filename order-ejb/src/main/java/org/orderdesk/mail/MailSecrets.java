package org.orderdesk.mail;

import org.orderdesk.mail.domain.MailKind;

/**
 * Issues the live secret a mail of one kind carries (MailKind.carriesSecret) at the moment that mail is sent.
 * One implementation per such kind.
 */
public interface MailSecrets {

    /** The kind of mail whose secret this issues. */
    MailKind kind();

    /**
     * A fresh secret for this copy of the mail, committed before it returns so that it works when the mail
     * arrives; the secret of any earlier copy of the same event stops working.
     *
     * @param originalEventKey the key of the event the mail was first queued for
     */
    String issue(String originalEventKey);
}
