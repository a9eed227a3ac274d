package org.orderdesk.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The benchmark tools' embedded Derby: opening the application's database while the server is stopped. */
final class DerbyEngine {

    private static final String SYSTEM_SHUTDOWN = "XJ015";

    private DerbyEngine() {
    }

    /**
     * The database the run command keeps in DATA_DIR/derby/orderdesk; Derby's own log goes next to it, named for
     * the tool, so that it never lands in the current folder.
     */
    static Connection open(String dataDir, String logName) throws SQLException {
        Path database = Path.of(dataDir).toAbsolutePath().resolve("derby/orderdesk");
        System.setProperty("derby.stream.error.file", database.resolveSibling(logName).toString());
        return DriverManager.getConnection("jdbc:derby:" + database);
    }

    /** Shuts embedded Derby down so that the database is closed cleanly before the server opens it again. */
    static void shutDown() {
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true").close();
        } catch (SQLException expected) {
            if (!SYSTEM_SHUTDOWN.equals(expected.getSQLState())) {
                System.err.println("Derby did not shut down cleanly: " + expected);
            }
        }
    }
}
