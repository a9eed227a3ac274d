package org.orderdesk.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.AccountSession;

/** Where the logins still going on are kept (AccountSession). */
public interface AccountSessionRepository {

    /** With its account, which every use of a session compares against. */
    Optional<AccountSession> findByKey(String sessionKey);

    Optional<AccountSession> find(long id);

    /** The account's sessions that are still logged in and were active since the instant, latest first. */
    List<AccountSession> activeOf(Account account, Instant activeSince);

    void add(AccountSession session);

    void remove(AccountSession session);

    /** Ends every session of the account but the one with the key; how many ended. */
    int removeAllBut(Account account, String keptKey);

    /** Forgets sessions idle since before the instant or opened before the other one; how many. */
    int removeIdleOrOpenedBefore(Instant idleSince, Instant openedBefore);
}
