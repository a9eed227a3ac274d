package org.orderdesk.benchmark;

import java.sql.DriverManager;
import java.sql.SQLException;

/** Shuts embedded Derby down so that the database is closed cleanly before the server opens it again. */
final class DerbyEngine {

    private static final String SYSTEM_SHUTDOWN = "XJ015";

    private DerbyEngine() {
    }

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
