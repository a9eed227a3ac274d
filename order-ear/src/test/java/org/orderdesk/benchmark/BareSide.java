package org.orderdesk.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the bare transaction's side of a benchmark shares between its threads (PlaceOrderBenchmark in the server,
 * BareCeiling on a stopped server's database): ids from a block the application's table sequencing will never hand
 * out, the pickup point its orders go to, and customers of its own, written with JDBC.
 */
final class BareSide {

    private static final long RESERVED_IDS = 10_000_000L;

    /** A customer of the bare side (or of the service's, which PlaceOrderBenchmark makes alike). */
    record Customer(long number, String email) {
    }

    private final long firstId;
    private final AtomicLong ids;
    private final long pickupPointId;

    private BareSide(long firstId, long pickupPointId) {
        this.firstId = firstId;
        this.ids = new AtomicLong(firstId);
        this.pickupPointId = pickupPointId;
    }

    /** Reserves the block of ids and finds the pickup point by its code; commits on the connection given. */
    static BareSide reserve(Connection connection, String pickupPointCode) throws SQLException {
        IdRange range = new IdRange(connection);
        range.reserveUpTo(range.first() + RESERVED_IDS);
        long pickupPointId = SqlReads.single(connection,
                "select id from pickup_point where code = '" + pickupPointCode + "'");
        connection.commit();
        return new BareSide(range.first(), pickupPointId);
    }

    /** The first id of the block: every row the bare side writes has one at or above it. */
    long firstId() {
        return firstId;
    }

    /**
     * Fresh customers whose password hash is the one given (so they can log in with its password), written and
     * committed on the connection given, which must have auto-commit off.
     */
    List<Customer> newCustomers(Connection connection, int count, String passwordHash) throws SQLException {
        List<Customer> customers = new ArrayList<>();
        try (OrderTables tables = new OrderTables(connection)) {
            CustomerNumbers numbers = new CustomerNumbers(connection);
            for (int i = 0; i < count; i++) {
                long number = numbers.next();
                String email = "bench-" + number + "@orderdesk.test";
                tables.addCustomer(ids.getAndIncrement(), number, email, passwordHash, 0);
                customers.add(new Customer(number, email));
            }
            tables.commit();
        }
        return customers;
    }

    /** One thread's bare transaction, on a connection of its own with auto-commit off. */
    BareCheckout checkout(Connection connection) throws SQLException {
        return new BareCheckout(connection, ids, pickupPointId);
    }
}
