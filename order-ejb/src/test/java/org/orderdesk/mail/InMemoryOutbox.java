package org.orderdesk.mail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.mail.domain.OutboxMail;
import org.orderdesk.platform.InMemoryRows;

/** The outbox in memory: tests read what was queued instead of waiting for a mail server. */
public class InMemoryOutbox extends InMemoryRows<OutboxMail> implements Outbox {

    @Override
    public void enqueue(OutboxMail mail) {
        insert(mail);
    }

    @Override
    public boolean holds(MailKind kind, String eventKey) {
        return first(mail -> mail.kind() == kind && mail.eventKey().equals(eventKey)).isPresent();
    }

    @Override
    public Optional<OutboxMail> find(long id) {
        return first(mail -> Objects.equals(mail.id(), id));
    }

    /** Every mail queued, oldest first. */
    public List<OutboxMail> mails() {
        return rows().toList();
    }
}
