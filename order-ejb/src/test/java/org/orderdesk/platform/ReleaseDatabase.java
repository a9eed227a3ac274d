package org.orderdesk.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
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

    /**
     * The same release on PostgreSQL: its schema as that release made it there (changeset 001 for PostgreSQL, which
     * was taken from such a database) and the same rows. Derby's script writes booleans as 0 and 1 and pictures as
     * X'…' literals; the columns are taken as numbers while the rows go in, and the pictures are decoded.
     */
    public static void loadOnPostgres(Connection connection) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            for (String line : lines("/db/changelog/001-release-postgresql.sql")) {
                statement.execute(line);
            }
            statement.execute("DELETE FROM sequence");
            statement.execute("ALTER TABLE customer_order ALTER COLUMN completed TYPE SMALLINT USING completed::int,"
                    + " ALTER COLUMN storageextended TYPE SMALLINT USING storageextended::int");
            for (String line : lines(SCRIPT)) {
                if (line.startsWith("INSERT")) {
                    statement.execute(line.replaceAll("CAST\\(X'([0-9a-f]*)' AS BLOB\\)", "decode('$1', 'hex')"));
                }
            }
            statement.execute("ALTER TABLE customer_order ALTER COLUMN completed TYPE BOOLEAN USING completed <> 0,"
                    + " ALTER COLUMN storageextended TYPE BOOLEAN USING storageextended <> 0");
        }
    }

    /** The statements of a script with one statement per line, without comments and their semicolons. */
    private static List<String> lines(String script) throws IOException {
        try (InputStream in = ReleaseDatabase.class.getResourceAsStream(script)) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.isBlank() && !line.startsWith("--"))
                    .map(line -> line.substring(0, line.lastIndexOf(';')))
                    .toList();
        }
    }

    static void load(Connection connection) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            for (String line : lines(SCRIPT)) {
                run(statement, line);
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
