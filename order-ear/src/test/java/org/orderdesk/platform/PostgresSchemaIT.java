package org.orderdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orderdesk.server.TestPostgres;

/**
 * SchemaMigrationTest's schema drift check on the build's PostgreSQL (failsafe execution "postgres", no server):
 * an empty database migrated gets exactly what the entities' mapping expects, so that a changeset written for
 * Derby alone fails here.
 */
class PostgresSchemaIT {

    private static final String DATABASE = "orderdesk_schema";
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:" + Integer.getInteger("it.postgres.port") + "/";

    @Test
    void anEmptyDatabaseGetsExactlyWhatTheEntitiesExpect() throws Exception {
        createEmptyDatabase();
        EntityManagerFactory mapping = SchemaDrift.mapping(SERVER + DATABASE, TestPostgres.USER, "");
        try (Connection connection = DriverManager.getConnection(SERVER + DATABASE, TestPostgres.USER, "")) {
            SchemaMigration.migrate(connection);
            connection.commit();

            assertEquals(List.of(), SchemaDrift.of(mapping, connection));
        } finally {
            mapping.close();
        }
    }

    private static void createEmptyDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", TestPostgres.USER, "");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE);
        }
    }
}
