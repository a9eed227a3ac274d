package org.orderdesk.benchmark;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Fills the embedded Derby database of a STOPPED OrderDesk (embedded Derby admits one JVM) with orders for the
 * demo customer and for generated customers, straight through JDBC batches. The application must have started
 * once on the data folder: it creates the schema, the catalog, the pickup points and the demo customer.
 *
 * <pre>
 * java -cp order-ear/target/test-classes:order-ear/target/domain-lib/* org.orderdesk.benchmark.OrderDataGenerator \
 *      DATA_DIR TOTAL_ORDERS DEMO_ORDERS [ORDERS_PER_CUSTOMER]
 * </pre>
 *
 * TOTAL_ORDERS counts the orders already there; the rest beyond DEMO_ORDERS go to new customers,
 * ORDERS_PER_CUSTOMER (default 10) each.
 */
public final class OrderDataGenerator {

    static final String DEMO_EMAIL = "customer@orderdesk.local";
    private static final Duration SPREAD = Duration.ofDays(358);
    private static final Duration LATEST = Duration.ofDays(7);
    private static final int PROGRESS_EVERY = 50_000;

    private final Connection connection;
    private final Random random = new Random(2026);
    private final SecureRandom codes = new SecureRandom();
    private final Set<Integer> activeCodes = new HashSet<>();
    private final Instant now = Instant.now();
    private final long started = System.nanoTime();
    private OrderFactory factory;
    private OrderTables tables;
    private long nextId;
    private long written;

    private OrderDataGenerator(Connection connection) {
        this.connection = connection;
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 3) {
            System.err.println("usage: OrderDataGenerator DATA_DIR TOTAL_ORDERS DEMO_ORDERS [ORDERS_PER_CUSTOMER]");
            System.exit(2);
        }
        // Room for the indexes that random keys (pickup code, placed-at) touch all over.
        System.setProperty("derby.storage.pageCacheSize", "40000");
        try (Connection connection = DerbyEngine.open(args[0], "derby-generator.log")) {
            connection.setAutoCommit(false);
            new OrderDataGenerator(connection).run(Long.parseLong(args[1]), Integer.parseInt(args[2]),
                    args.length > 3 ? Integer.parseInt(args[3]) : 10);
        } finally {
            DerbyEngine.shutDown();
        }
    }

    private void run(long total, int demoOrders, int perCustomer) throws SQLException {
        factory = new OrderFactory(random, now, SqlReads.products(connection), SqlReads.pickupPoints(connection));
        long existing = SqlReads.single(connection, "select count(*) from customer_order");
        long others = Math.max(0, total - existing - demoOrders);
        IdRange ids = new IdRange(connection);
        nextId = ids.first();
        say("%d orders there; adding %d for %s and %d for %d new customers; ids from %d".formatted(existing,
                demoOrders, DEMO_EMAIL, others, (others + perCustomer - 1) / perCustomer, nextId));
        try (OrderTables t = new OrderTables(connection)) {
            tables = t;
            demoCustomerOrders(demoOrders);
            newCustomers(others, perCustomer);
            tables.commit();
        }
        ids.reserveUpTo(nextId);
        connection.commit();
        say("wrote %d orders in %d s; updating index statistics".formatted(written, seconds()));
        SqlReads.updateStatistics(connection);
        say("done in %d s".formatted(seconds()));
    }

    private void demoCustomerOrders(int count) throws SQLException {
        if (count == 0) {
            return;
        }
        SqlReads.Customer demo = SqlReads.customer(connection, DEMO_EMAIL);
        orders(demo.number(), DEMO_EMAIL, demo.lastOrderSequence(), count);
        try (PreparedStatement update = connection.prepareStatement(
                "update customer set lastOrderSequence = ? where number = ?")) {
            update.setInt(1, demo.lastOrderSequence() + count);
            update.setLong(2, demo.number());
            update.executeUpdate();
        }
    }

    private void newCustomers(long orders, int perCustomer) throws SQLException {
        if (orders == 0) {
            return;
        }
        String passwordHash = SqlReads.customer(connection, DEMO_EMAIL).passwordHash();
        CustomerNumbers numbers = new CustomerNumbers(connection);
        for (long left = orders; left > 0; left -= perCustomer) {
            int count = (int) Math.min(perCustomer, left);
            long number = numbers.next();
            String email = "bench-" + number + "@orderdesk.test";
            tables.addCustomer(nextId++, number, email, passwordHash, count);
            this.orders(number, email, 0, count);
        }
    }

    /** A customer's orders, numbered on from their last sequence, placed in that order over the past year. */
    private void orders(long customer, String email, int lastSequence, int count) throws SQLException {
        List<Instant> placed = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            placed.add(now.minus(LATEST).minusSeconds((long) (random.nextDouble() * SPREAD.toSeconds())));
        }
        placed.sort(null);
        for (int i = 0; i < count; i++) {
            OrderFactory.Order order = factory.order(email, placed.get(i));
            String number = "%08d-%04d".formatted(customer, lastSequence + i + 1);
            tables.addOrder(nextId++, number, customer, pickupCode(order.completed()), order);
            if (++written % PROGRESS_EVERY == 0) {
                say("%,d orders, %d s".formatted(written, seconds()));
            }
        }
    }

    /** Random 8 digits like the application's; unique among active orders, as the application keeps them. */
    private String pickupCode(boolean completed) {
        int code;
        do {
            code = codes.nextInt(100_000_000);
        } while (!completed && !activeCodes.add(code));
        return "%08d".formatted(code);
    }

    private long seconds() {
        return Duration.ofNanos(System.nanoTime() - started).toSeconds();
    }

    static void say(String line) {
        System.out.println("[generator] " + line);
    }
}
