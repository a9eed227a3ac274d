package org.orderdesk.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EmailVerificationTest {

    private static final Instant REGISTERED = Instant.parse("2026-11-30T10:00:00Z");

    private final EmailVerification verification = new EmailVerification(
            new Account("new@example.ru", "New", "hash", Role.CUSTOMER), "unusable-hash", REGISTERED);

    @Test
    void aLinkWorksForItsLifetimeFromTheMomentItIsSent() {
        Instant sent = REGISTERED.plusSeconds(30);
        verification.reissue("hash-of-the-mailed-token", sent);

        assertTrue(verification.isUsableAt(sent.plus(EmailVerification.LIFETIME).minusSeconds(1)));
        assertFalse(verification.isUsableAt(sent.plus(EmailVerification.LIFETIME)));
    }

    @Test
    void anotherMailOnlyAfterTheResendInterval() {
        assertFalse(verification.requestAgain(REGISTERED.plus(EmailVerification.RESEND_INTERVAL).minusSeconds(1)));
        Instant later = REGISTERED.plus(EmailVerification.RESEND_INTERVAL);
        assertTrue(verification.requestAgain(later));
        assertFalse(verification.requestAgain(later.plusSeconds(1)), "the interval counts from the last request");
    }

    @Test
    void eachRequestedMailHasItsOwnEventKeyNamingTheVerification() {
        String first = verification.mailEventKey();
        verification.requestAgain(REGISTERED.plus(EmailVerification.RESEND_INTERVAL));
        String second = verification.mailEventKey();

        assertFalse(first.equals(second));
        assertEquals(42L, EmailVerification.idOf("42.3"));
    }
}
