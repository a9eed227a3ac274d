package org.orderdesk.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The load run's second ceiling: how many orders per second the database itself takes for the same work, beside
 * the orders the shop placed. For each level of the run (the windows file CheckoutLoad writes), as many threads as
 * the level had customers place orders through {@link BareCheckout} (plain JDBC, one connection and one customer
 * of its own each, one product per order as the load's loop buys) on the run's own database, once the server has
 * stopped; the shop's orders/s of that level are counted in the same database from its measured window. Reads
 * and writes the database of a STOPPED OrderDesk; the bare orders' mails are marked sent, so that no later start
 * mails them.
 *
 * <pre>
 * java -cp order-ear/target/test-classes:order-ear/target/domain-lib/* org.orderdesk.benchmark.BareCeiling \
 *      DATA_DIR WINDOWS [SECONDS]
 * </pre>
 */
public final class BareCeiling {

    private static final int WARM_UP_SECONDS = 2;
    /** The load's loop buys one of ten products; the bare side takes one of as many, for the same row contention. */
    private static final int PRODUCTS = 10;
    private static final String PICKUP_POINT = "MSK-01";
    private static final String SHOP_ORDERS = "select count(*) from customer_order where placedAt >= ? and placedAt < ?";

    private final String dataDir;
    private final List<String> skus = new ArrayList<>();
    private BareSide bareSide;
    private String passwordHash;

    private record Level(int customers, long startMillis, long endMillis) {
        double seconds() {
            return (endMillis - startMillis) / 1000.0;
        }
    }

    private BareCeiling(String dataDir) {
        this.dataDir = dataDir;
    }

    public static void main(String[] args) throws Exception {
        List<Level> levels = levels(Path.of(args[1]));
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        try {
            new BareCeiling(args[0]).report(levels, seconds);
        } finally {
            DerbyEngine.shutDown();
        }
    }

    /** The numbered levels of the windows file; the catch-up's window is not a level of its own. */
    private static List<Level> levels(Path windows) throws IOException {
        List<Level> levels = new ArrayList<>();
        for (String line : Files.readAllLines(windows)) {
            String[] fields = line.split("\t");
            if (fields[0].chars().allMatch(Character::isDigit)) {
                levels.add(new Level(Integer.parseInt(fields[0]), Long.parseLong(fields[1]), Long.parseLong(fields[2])));
            }
        }
        return levels;
    }

    private void report(List<Level> levels, int seconds) throws Exception {
        setUp();
        System.out.println("| customers (bare: threads) | shop orders/s | bare transaction orders/s | shop ÷ bare |");
        System.out.println("|---|---|---|---|");
        try {
            for (Level level : levels) {
                double shop = shopOrders(level) / level.seconds();
                double bare = bareOrders(newCustomers(level.customers()), seconds) / (double) seconds;
                System.out.println("| %d | %.1f | %.1f | %.1f %% |".formatted(level.customers(), shop, bare,
                        100 * shop / bare));
            }
        } finally {
            markBareMailsSent();
        }
    }

    /** Ids, pickup point, products and a password hash for the bare side. */
    private void setUp() throws SQLException {
        try (Connection connection = transactional()) {
            SqlReads.products(connection).stream().limit(PRODUCTS).forEach(product -> skus.add(product.sku()));
            passwordHash = SqlReads.customer(connection, OrderDataGenerator.DEMO_EMAIL).passwordHash();
            bareSide = BareSide.reserve(connection, PICKUP_POINT);
        }
    }

    /**
     * Fresh customers for each level: an order number holds 9,999 orders of one customer, which a thread of the
     * bare side, at hundreds of orders a second, would pass within a few levels.
     */
    private List<BareSide.Customer> newCustomers(int count) throws SQLException {
        try (Connection connection = transactional()) {
            return bareSide.newCustomers(connection, count, passwordHash);
        }
    }

    private long shopOrders(Level level) throws SQLException {
        try (Connection connection = autoCommitting();
             PreparedStatement count = connection.prepareStatement(SHOP_ORDERS)) {
            count.setTimestamp(1, new Timestamp(level.startMillis()));
            count.setTimestamp(2, new Timestamp(level.endMillis()));
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Threads start together, warm up, then count the orders they complete in the measured seconds. */
    private long bareOrders(List<BareSide.Customer> customers, int seconds) throws Exception {
        CyclicBarrier start = new CyclicBarrier(customers.size());
        ExecutorService pool = Executors.newFixedThreadPool(customers.size());
        try {
            List<Future<Long>> counts = new ArrayList<>();
            for (BareSide.Customer customer : customers) {
                counts.add(pool.submit(() -> placeUntil(customer, start, seconds)));
            }
            long orders = 0;
            for (Future<Long> count : counts) {
                orders += count.get();
            }
            return orders;
        } finally {
            pool.shutdown();
        }
    }

    private long placeUntil(BareSide.Customer customer, CyclicBarrier start, int seconds) throws Exception {
        try (BareCheckout bare = bareSide.checkout(transactional())) {
            start.await();
            long measuredFrom = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
            long end = measuredFrom + seconds * 1_000_000_000L;
            long measured = 0;
            for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                bare.place(customer.number(), customer.email(),
                        List.of(skus.get(ThreadLocalRandom.current().nextInt(skus.size()))));
                if (now >= measuredFrom) {
                    measured++;
                }
            }
            return measured;
        }
    }

    private void markBareMailsSent() throws SQLException {
        try (Connection connection = transactional()) {
            SqlReads.execute(connection, "update outbox_mail set state = 'SENT' where state = 'PENDING' and id >= "
                    + bareSide.firstId());
            connection.commit();
        }
    }

    private Connection transactional() throws SQLException {
        Connection connection = autoCommitting();
        connection.setAutoCommit(false);
        return connection;
    }

    private Connection autoCommitting() throws SQLException {
        return DerbyEngine.open(dataDir, "derby-bare-ceiling.log");
    }
}
