package org.orderdesk.mail;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Drains the outbox every few seconds on every server instance. SMTP is talked to outside any transaction, so a
 * slow mail server never holds database locks, and never slows down the transactions that queue mail. A pass
 * still running when the timer fires again is left to finish; the next pass picks up what is left.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private final AtomicBoolean draining = new AtomicBoolean();

    @Inject
    private OutboxDrain drain;

    /**
     * Public, so that the class's NOT_SUPPORTED reaches the timer: with a package-private method the whole pass ran
     * in one transaction, and the first refused mail doomed the sending of every other mail in the pass.
     */
    @Schedule(second = "*/3", minute = "*", hour = "*", persistent = false)
    public void drain() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        try {
            int claimed;
            do {
                claimed = drain.drainOnce();
            } while (claimed > 0);
        } finally {
            draining.set(false);
        }
    }
}
