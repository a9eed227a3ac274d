package org.orderdesk.security.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PasswordResetTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-11-27T10:00:00Z");
    private final Account account = new Account("anna@example.com", "Anna", "hash", Role.CUSTOMER);
    private final PasswordResetToken token = new PasswordResetToken(account, "0".repeat(64), ISSUED);

    @Test
    void worksWithinTheHour() {
        assertTrue(token.isUsableAt(ISSUED.plusSeconds(3599)));
        assertSame(account, token.use(ISSUED.plusSeconds(3599)));
    }

    @Test
    void worksOnlyOnce() {
        token.use(ISSUED.plusSeconds(10));

        assertFalse(token.isUsableAt(ISSUED.plusSeconds(20)));
        assertThrows(IllegalStateException.class, () -> token.use(ISSUED.plusSeconds(20)));
    }

    @Test
    void expiresAfterAnHour() {
        assertFalse(token.isUsableAt(ISSUED.plusSeconds(3600)));
        assertThrows(IllegalStateException.class, () -> token.use(ISSUED.plusSeconds(3600)));
    }

    @Test
    void aReissuedTokenGetsAnotherHourFromItsSending() {
        token.reissue("1".repeat(64), ISSUED.plusSeconds(3000));

        assertTrue(token.isUsableAt(ISSUED.plusSeconds(6599)));
        assertFalse(token.isUsableAt(ISSUED.plusSeconds(6600)));
    }

    @Test
    void aSpentTokenStaysSpentWhenReissued() {
        token.use(ISSUED.plusSeconds(10));

        token.reissue("1".repeat(64), ISSUED.plusSeconds(20));

        assertFalse(token.isUsableAt(ISSUED.plusSeconds(30)));
    }
}
