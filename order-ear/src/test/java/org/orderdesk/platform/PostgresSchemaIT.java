package org.orderdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:" + Integer.getInteger("it.postgres.port") + "/";

    @Test
    void anEmptyDatabaseGetsExactlyWhatTheEntitiesExpect() throws Exception {
        createEmptyDatabase(DATABASE);
        EntityManagerFactory mapping = SchemaDrift.mapping(SERVER + DATABASE, TestPostgres.USER, "");
        try (Connection connection = DriverManager.getConnection(SERVER + DATABASE, TestPostgres.USER, "")) {
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
        EntityManagerFactory mapping = SchemaDrift.mapping(SERVER + RELEASE, TestPostgres.USER, "");
        try (Connection connection = DriverManager.getConnection(SERVER + RELEASE, TestPostgres.USER, "")) {
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
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", TestPostgres.USER, "");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
    }
}
