package org.orderdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.orderdesk.server.DatabaseCertificates;
import org.orderdesk.server.TestPostgres;

/**
 * SchemaMigrationTest's schema drift check on the build's PostgreSQL (failsafe execution "postgres", no server):
 * an empty database migrated gets exactly what the entities' mapping expects, so that a changeset written for
 * Derby alone fails here; and a database the last release before migrations made on PostgreSQL is upgraded in
 * place with every row kept.
 */
class PostgresSchemaIT {

    private static final String DATABASE = "orderdesk_schema";
    private static final String RELEASE = "orderdesk_release";
    private static final TestPostgres CLUSTER = TestPostgres.ofTheBuild();

    /**
     * The shop's pool (JdbcResource, as the README creates it) has no password: the database takes the client
     * certificate alone, over TLS that checks the server's certificate (ASVS 2.10.1). A password, the old pool's way
     * in, no longer opens it, nor does a connection without TLS.
     */
    @Test
    void theDatabaseTakesTheClientCertificateAndNoPassword() throws SQLException {
        String address = "jdbc:postgresql://127.0.0.1:" + CLUSTER.port() + "/" + TestPostgres.DATABASE;
        DatabaseCertificates certificates = CLUSTER.certificates();
        String checkedServer = "?sslmode=verify-full&sslrootcert=" + certificates.authority();

        SQLException password = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(address + checkedServer, TestPostgres.USER, TestPostgres.USER));
        SQLException plain = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(address + "?sslmode=disable", TestPostgres.USER, TestPostgres.USER));

        assertEquals("28000", password.getSQLState(), password.getMessage());
        assertTrue(password.getMessage().contains("certificate"), password.getMessage());
        assertEquals("28000", plain.getSQLState(), plain.getMessage());
        try (Connection signedIn = CLUSTER.connect(TestPostgres.DATABASE);
             ResultSet session = signedIn.createStatement().executeQuery("SELECT current_user, ssl, client_dn"
                     + " FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            assertTrue(session.next());
            assertEquals(TestPostgres.USER, session.getString(1));
            assertTrue(session.getBoolean(2), "over TLS");
            assertEquals("/CN=" + TestPostgres.USER, session.getString(3));
        }
    }

    @Test
    void anEmptyDatabaseGetsExactlyWhatTheEntitiesExpect() throws Exception {
        createEmptyDatabase(DATABASE);
        EntityManagerFactory mapping = SchemaDrift.mapping(CLUSTER.url(DATABASE), TestPostgres.USER, "");
        try (Connection connection = CLUSTER.connect(DATABASE)) {
            SchemaMigration.migrate(connection);
            connection.commit();

            assertEquals(List.of(), SchemaDrift.of(mapping, connection));
        } finally {
            mapping.close();
        }
    }

    @Test
    void theReleaseDatabaseIsUpgradedInPlaceWithEveryRow() throws Exception {
        createEmptyDatabase(RELEASE);
        EntityManagerFactory mapping = SchemaDrift.mapping(CLUSTER.url(RELEASE), TestPostgres.USER, "");
        try (Connection connection = CLUSTER.connect(RELEASE)) {
            ReleaseDatabase.loadOnPostgres(connection);
            Map<String, Long> before = rowCounts(connection);

            SchemaMigration.migrate(connection);
            connection.commit();

            assertEquals(before, rowCounts(connection));
            assertEquals(11L, before.get("customer_order"));
            assertEquals(List.of(), SchemaDrift.of(mapping, connection));
        } finally {
            mapping.close();
        }
    }

    private static Map<String, Long> rowCounts(Connection connection) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of("account", "customer", "customer_order", "order_line", "order_status_change",
                    "outbox_mail", "support_ticket", "ticket_message", "product", "customer_cart")) {
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }

    private static void createEmptyDatabase(String name) throws SQLException {
        try (Connection admin = CLUSTER.connect("postgres");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
    }
}
