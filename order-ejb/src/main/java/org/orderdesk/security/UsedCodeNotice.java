package org.orderdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;
import org.orderdesk.mail.Outbox;
import org.orderdesk.mail.PublicLinks;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.security.domain.Account;

/**
 * Tells an operator that a one-time code of theirs was presented again after it had been used (ASVS 2.8.5):
 * someone may have watched it being typed, or the password and a code have leaked. At most one mail per account
 * and window, so that replaying a code cannot flood the operator's mailbox; every replay is logged.
 */
@ApplicationScoped
public class UsedCodeNotice {

    static final Duration WINDOW = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(UsedCodeNotice.class.getName());

    @Inject
    private OwnerMails mails;

    @Inject
    private Outbox outbox;

    @Inject
    private PublicLinks links;

    void queue(Account account, String clientAddress, Instant now) {
        LOG.warning(() -> "One-time code used again for account " + account.id() + " from " + clientAddress);
        String eventKey = eventKey(account.id(), now);
        if (!outbox.holds(MailKind.ONE_TIME_CODE_REUSED, eventKey)) {
            mails.queue(account, MailKind.ONE_TIME_CODE_REUSED, eventKey, "one-time-code-reused",
                    Map.of("link", links.page("/shop/login")), now);
        }
    }

    /** The same for every replay within one window of the clock, so the outbox takes one mail per window. */
    static String eventKey(long accountId, Instant now) {
        return accountId + "." + now.getEpochSecond() / WINDOW.toSeconds();
    }
}
