package org.orderdesk.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Ids for generated rows that EclipseLink's table sequencing can never hand out again. Entities with a plain
 * {@code @GeneratedValue} share the row SEQ_GEN of the table SEQUENCE: the application reserves ids in blocks
 * (50 by default) by raising SEQ_COUNT. The generator starts above every id in use and, when done, raises
 * SEQ_COUNT past its last id, so the next block the server reserves begins after the generated rows.
 */
final class IdRange {

    private static final long MARGIN = 1_000;
    private static final String SEQUENCE_ROW = "SEQ_GEN";

    private final Connection connection;
    private final long first;

    IdRange(Connection connection) throws SQLException {
        this.connection = connection;
        long counter = SqlReads.single(connection, "select seq_count from sequence where seq_name = '" + SEQUENCE_ROW + "'");
        long highestId = Math.max(
                SqlReads.single(connection, "select coalesce(max(id), 0) from customer_order"),
                SqlReads.single(connection, "select coalesce(max(id), 0) from account"));
        this.first = Math.max(counter, highestId) + MARGIN;
    }

    long first() {
        return first;
    }

    /** Moves the counter past every id below nextUnused. */
    void reserveUpTo(long nextUnused) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update sequence set seq_count = ? where seq_name = ?")) {
            update.setLong(1, nextUnused + MARGIN);
            update.setString(2, SEQUENCE_ROW);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("No sequence row " + SEQUENCE_ROW);
            }
        }
    }
}
