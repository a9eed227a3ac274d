package org.orderdesk.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Fills an empty Derby database with what the last release before migrations left (db/release-634a05a-derby.sql). */
final class ReleaseDatabase {

    static final String SCRIPT = "/db/release-634a05a-derby.sql";

    private ReleaseDatabase() {
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
