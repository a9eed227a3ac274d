package org.orderdesk.mail;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.mail.domain.OutboxMail;

/**
 * Where mails wait for the OutboxTimer: queued in the caller's transaction, delivered once that has committed.
 * The constraints sit here, on the port: Bean Validation forbids an implementation to add its own.
 */
public interface Outbox {

    /** Queues the mail as part of the caller's transaction, so that it never outlives a rollback. */
    void enqueue(@NotNull @Valid OutboxMail mail);

    /** Whether a mail of this event is queued (or sent) already: for notices that must not repeat. */
    boolean holds(@NotNull MailKind kind, @NotNull String eventKey);

    /** Any mail, whatever its state: the operators' mail log shows and re-sends it. */
    Optional<OutboxMail> find(long id);
}
