package org.orderdesk.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountSessionTest {

    private static final Instant OPENED = Instant.parse("2026-11-30T10:00:00Z");

    private final Account account = new Account("anna@example.com", "Anna", "hash", Role.CUSTOMER);
    private final AccountSession session = new AccountSession(account, "key", account.credentialsVersion(),
            OPENED, "192.0.2.10", "Firefox");

    @Test
    void aNewPasswordEndsASessionOpenedBeforeIt() {
        assertTrue(session.isCurrent());

        account.changePasswordHash("new hash");

        assertFalse(session.isCurrent());
    }

    @Test
    void aPasswordChangedBetweenItsCheckAndTheSessionLeavesTheSessionLoggedOut() {
        AccountSession late = new AccountSession(account, "late", account.credentialsVersion() - 1, OPENED,
                "192.0.2.10", null);

        assertFalse(late.isCurrent());
    }

    @Test
    void theSessionThatSetTheNewPasswordStaysLoggedIn() {
        account.changePasswordHash("new hash");

        session.keptAfterNewPassword();

        assertTrue(session.isCurrent());
    }

    @Test
    void activityIsWrittenAtMostOnceAMinute() {
        session.seenAt(OPENED.plusSeconds(59));
        assertEquals(OPENED, session.lastSeenAt(), "too soon to write");

        session.seenAt(OPENED.plusSeconds(60));
        assertEquals(OPENED.plusSeconds(60), session.lastSeenAt());

        session.seenAt(OPENED.plusSeconds(100));
        assertEquals(OPENED.plusSeconds(60), session.lastSeenAt());
    }
}
