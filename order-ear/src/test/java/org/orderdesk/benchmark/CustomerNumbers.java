package org.orderdesk.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Customer numbers from the application's own generator "customer_number_seq" (allocation size 1), so that a
 * customer who registers after the load gets the next free number. EclipseLink makes it a database sequence
 * where the platform has them; otherwise it is a row of the SEQUENCE table: both are handled.
 */
final class CustomerNumbers {

    private static final String NAME = "CUSTOMER_NUMBER_SEQ";

    private final PreparedStatement next;
    private final PreparedStatement bump;

    CustomerNumbers(Connection connection) throws SQLException {
        boolean databaseSequence = SqlReads.single(connection,
                "select count(*) from sys.syssequences where sequencename = '" + NAME + "'") > 0;
        if (databaseSequence) {
            next = connection.prepareStatement("values next value for " + NAME);
            bump = null;
        } else {
            next = connection.prepareStatement("select seq_count + 1 from sequence where upper(seq_name) = '" + NAME + "'");
            bump = connection.prepareStatement("update sequence set seq_count = seq_count + 1 where upper(seq_name) = '"
                    + NAME + "'");
        }
    }

    long next() throws SQLException {
        long number;
        try (ResultSet rs = next.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("No customer number generator " + NAME);
            }
            number = rs.getLong(1);
        }
        if (bump != null) {
            bump.executeUpdate();
        }
        return number;
    }
}
