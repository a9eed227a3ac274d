package org.orderdesk.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * Fills an empty Derby database with what the last release before migrations left (db/release-634a05a-derby.sql):
 * for SchemaMigrationTest, and from the command line for the server's upgrade test (order-ear's pom).
 */
public final class ReleaseDatabase {

    static final String SCRIPT = "/db/release-634a05a-derby.sql";
    private static final String DATABASE_SHUT_DOWN = "08006";

    private ReleaseDatabase() {
    }

    /**
     * Creates the database at the path given and fills it, then shuts it down for the server to open. Through a
     * data source: run by exec:java, in a class loader DriverManager does not look into.
     */
    public static void main(String[] args) throws SQLException, IOException {
        EmbeddedDataSource database = new EmbeddedDataSource();
        database.setDatabaseName(args[0]);
        database.setCreateDatabase("create");
        try (Connection connection = database.getConnection()) {
            load(connection);
        }
        database.setCreateDatabase(null);
        database.setShutdownDatabase("shutdown");
        try {
            database.getConnection().close();
        } catch (SQLException shutDown) {
            if (!DATABASE_SHUT_DOWN.equals(shutDown.getSQLState())) {
                throw shutDown;
            }
        }
    }

    static void load(Connection connection) throws SQLException, IOException {
        try (InputStream in = ReleaseDatabase.class.getResourceAsStream(SCRIPT);
             Statement statement = connection.createStatement()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("--")) {
                    run(statement, line.substring(0, line.lastIndexOf(';')));
                }
            }
        }
    }

    /** A query's rows are read: Derby draws a sequence's next value only when the row is fetched. */
    private static void run(Statement statement, String sql) throws SQLException {
        if (statement.execute(sql)) {
            try (ResultSet rows = statement.getResultSet()) {
                while (rows.next()) {
                    rows.getObject(1);
                }
            }
        }
    }
}
