package org.orderdesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.mail.domain.OutboxMail;
import org.orderdesk.platform.MigratedDerby;

/**
 * Which due mails a sender takes first, on Derby through the real persistence unit: the claim's order is a query's,
 * so only a database shows it. A new mail goes before the retries of mails that failed, however long those have
 * waited: its reader is waiting now.
 */
class OutboxClaimOrderTest {

    private static final Instant QUEUED = Instant.parse("2026-12-02T05:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    private MigratedDerby derby;
    private OutboxClaims claims;

    @BeforeEach
    void openMigratedDatabase() throws Exception {
        derby = new MigratedDerby("outbox-claim-order");
        claims = derby.withEntityManager(new OutboxClaims());
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        derby.close();
    }

    @Test
    void mailsNeverTriedAreClaimedFirstThenTheRetriesByTheirFailuresEachOldestDueFirst() {
        Long failedTwice = queue("failed-twice", QUEUED, 2);
        Long failedOnce = queue("failed-once", QUEUED.plusSeconds(10), 1);
        Long waitingLonger = queue("waiting-longer", QUEUED.plusSeconds(30), 0);
        Long justPlaced = queue("just-placed", QUEUED.plusSeconds(40), 0);
        Instant now = QUEUED.plusSeconds(60);

        List<Long> first = derby.inTransaction(() -> claims.claimDue(now, LEASE, 1));
        List<Long> rest = derby.inTransaction(() -> claims.claimDue(now, LEASE, 10));

        assertEquals(List.of(waitingLonger), first);
        // failedTwice has been due since 0:04, failedOnce only since 0:12: fewer failures go first.
        assertEquals(List.of(justPlaced, failedOnce, failedTwice), rest);
    }

    @Test
    void aLoadedBatchComesInTheOrderItWasClaimed() {
        Long retry = queue("retry", QUEUED, 1);
        Long fresh = queue("fresh", QUEUED.plusSeconds(20), 0);

        List<Long> claimed = derby.inTransaction(() -> claims.claimDue(QUEUED.plusSeconds(30), LEASE, 10));
        List<Long> loaded = derby.inTransaction(() -> claims.load(claimed)).stream().map(OutboxMail::id).toList();

        assertEquals(List.of(fresh, retry), claimed);
        assertEquals(claimed, loaded);
    }

    /** A mail queued at the moment, having failed the given number of times, each retried after 2 s. */
    private Long queue(String event, Instant queued, int failures) {
        return derby.inTransaction(() -> {
            OutboxMail mail = new OutboxMail(MailKind.SUPPORT_ANSWER, event, event + "@example.com", "Subject",
                    "Text", null, queued);
            Instant failedAt = queued;
            for (int i = 0; i < failures; i++) {
                mail.recordFailure("SMTP down", failedAt, Duration.ofSeconds(2), 10);
                failedAt = mail.nextAttemptAt();
            }
            derby.em().persist(mail);
            derby.em().flush();
            return mail.id();
        });
    }
}
