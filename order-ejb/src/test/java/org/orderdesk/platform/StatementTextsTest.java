package org.orderdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orderdesk.catalog.JpaProductRepository;
import org.orderdesk.mail.OutboxClaims;

/**
 * The shop's statements keep one text whatever their values, on embedded Derby through the real persistence unit.
 * Derby compiles every text it has not cached (milliseconds of CPU each) and caches 100 texts for the whole
 * database: EclipseLink wrote the values of a statement with an operator it would not bind (an arithmetic update,
 * a LIKE with ESCAPE) into the text, so each mail marked sent was a new statement, compiled anew and pushing
 * another out of the cache (docs/BENCHMARKS.md, session 16). Read from Derby's own statement cache.
 */
class StatementTextsTest {

    private MigratedDerby derby;

    @BeforeEach
    void openMigratedDatabase() throws Exception {
        derby = new MigratedDerby("statement-texts");
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        derby.close();
    }

    @Test
    void markingMailsSentAtDifferentTimesIsOneStatement() throws Exception {
        OutboxClaims claims = derby.withEntityManager(new OutboxClaims());

        derby.inTransaction(() -> claims.markSent(1L, Instant.parse("2026-12-02T01:00:00.123Z")));
        derby.inTransaction(() -> claims.markSent(2L, Instant.parse("2026-12-02T01:00:05.456Z")));

        List<String> marks = cachedTexts("UPDATE outbox_mail SET %SENTAT%");
        assertEquals(1, marks.size(), marks::toString);
    }

    @Test
    void searchingTheCatalogForDifferentWordsIsOneStatement() throws Exception {
        JpaProductRepository products = derby.withEntityManager(new JpaProductRepository());

        products.searchByName("tea");
        products.searchByName("it's 100%");

        List<String> searches = cachedTexts("SELECT %FROM category t0, product t1 WHERE%LIKE%");
        assertEquals(1, searches.size(), searches::toString);
    }

    /** The texts in Derby's statement cache like the pattern, other than this test's own query of the cache. */
    private List<String> cachedTexts(String like) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (PreparedStatement query = derby.connection().prepareStatement(
                "SELECT sql_text FROM syscs_diag.statement_cache WHERE sql_text LIKE ?"
                        + " AND sql_text NOT LIKE '%syscs_diag%'")) {
            query.setString(1, like);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    texts.add(rows.getString(1));
                }
            }
        }
        return texts;
    }
}
