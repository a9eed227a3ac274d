package org.orderdesk.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.benchmark.BareSide.Customer;
import org.orderdesk.order.CartLine;
import org.orderdesk.order.CheckoutRequest;
import org.orderdesk.order.CheckoutService;
import org.orderdesk.order.domain.DeliveryMethod;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.PaymentMethod;
import org.orderdesk.platform.ApplicationDataSource;
import org.orderdesk.security.PasswordHasher;
import org.orderdesk.server.Callers;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.ShopFixture;
import org.orderdesk.server.TestSettings;

/**
 * CheckoutService.placeOrder, called in the server (no HTTP), against {@link BareCheckout}, a plain JDBC transaction
 * that writes the same rows, on the same database and pool, in the same run, at 1, 4 and 16 threads. Not an IT:
 * only the profile bench-place-order runs it (README, "Benchmarks"). It asserts correctness only, never time.
 */
@ExtendWith(ArquillianExtension.class)
class PlaceOrderBenchmark {

    private static final Duration WARM_UP = Duration.ofSeconds(3);
    private static final Duration MEASURED = Duration.ofSeconds(10);
    private static final int[] THREADS = {1, 4, 16};
    /** Each side orders 3 of these at random: a shop's worth of row contention, and never the other side's rows. */
    private static final int PRODUCTS = 30;
    private static final int LINES = 3;
    /** An order number holds 9999 orders per customer; a customer stops short of that. */
    private static final int ORDERS_PER_CUSTOMER = 9_000;
    private static final String PICKUP_POINT = "MSK-01";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    private CheckoutService checkout;

    @Inject
    private ShopFixture shop;

    @Inject
    private Callers callers;

    @Inject
    private PasswordHasher hasher;

    @Resource
    private ManagedThreadFactory threads;

    private DataSource database;
    private BareSide bareSide;

    /** One benchmark thread's way to place an order; returns the order's number. */
    private interface Buyer extends AutoCloseable {
        String buy() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    private interface BuyerFactory {
        Buyer forThread(int thread) throws Exception;
    }

    /** What one side did at one level, measured time only. */
    private record Side(Timings timings, double ordersPerSecond) {
    }

    @Test
    void serviceAgainstBareTransaction() throws Exception {
        database = applicationDataSource();
        try (Connection connection = transactional()) {
            bareSide = BareSide.reserve(connection, PICKUP_POINT);
        }
        List<String> serviceSkus = products();
        List<String> bareSkus = products();
        StringBuilder table = new StringBuilder(header());
        // Not reported: both sides once at 4 threads, so that the JIT has compiled them before the first level.
        // Without it the first level (1 thread) measured mostly the service's deep container paths being compiled,
        // while the bare side's few methods compiled within its first seconds.
        compare(4, 4, serviceSkus, bareSkus);
        for (int level : THREADS) {
            table.append(row(level, level, compare(level, level, serviceSkus, bareSkus)));
        }
        // One customer for every thread: the service locks the customer's row, so this shows that lock's cost.
        table.append(row(16, 1, compare(16, 1, serviceSkus, bareSkus)));
        report(table.toString());
    }

    private Side[] compare(int threadCount, int customerCount, List<String> serviceSkus, List<String> bareSkus)
            throws Exception {
        List<Customer> serviceCustomers = customers(customerCount);
        List<Buyer> serviceBuyers = serviceBuyers(serviceCustomers, serviceSkus);
        Side service = run(threadCount, customerCount, serviceCustomers,
                thread -> serviceBuyers.get(thread % customerCount));
        List<Customer> bareCustomers = customers(customerCount);
        Side bare = run(threadCount, customerCount, bareCustomers,
                thread -> bareBuyer(bareCustomers.get(thread % customerCount), bareSkus));
        return new Side[] {service, bare};
    }

    /**
     * The persistence unit's data source, by the rule its jta-data-source follows (ApplicationDataSource): the bare
     * transaction on the very pool and database the service uses.
     */
    private static DataSource applicationDataSource() throws NamingException {
        return ApplicationDataSource.lookup();
    }

    private Connection transactional() throws SQLException {
        Connection connection = database.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    /** Products of their own with stock for any run, made by the application (JPA) like any test product. */
    private List<String> products() throws Exception {
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            skus.add(shop.newProduct(1_000_000));
        }
        return skus;
    }

    /**
     * Fresh customers written with JDBC (registering through the application would hash a password each, seconds
     * for a few dozen); they share one hash of ShopFixture.PASSWORD, so that the service's customers can log in.
     */
    private List<Customer> customers(int count) throws SQLException {
        String passwordHash = hasher.hash(ShopFixture.PASSWORD.toCharArray());
        try (Connection connection = transactional()) {
            return bareSide.newCustomers(connection, count, passwordHash);
        }
    }

    /**
     * Each customer's buyer places orders as that customer, on whichever benchmark thread runs it: the services
     * take the caller from the container, so every customer logs in here, in the test's request.
     */
    private List<Buyer> serviceBuyers(List<Customer> customers, List<String> skus) {
        List<Buyer> buyers = new ArrayList<>();
        for (Customer customer : customers) {
            callers.logIn(customer.email());
            Callable<OrderNumber> order = callers.boundToCaller(() -> checkout.placeOrder(new CheckoutRequest(
                    UUID.randomUUID().toString(), randomSkus(skus).stream().map(sku -> new CartLine(sku, 1)).toList(),
                    DeliveryMethod.PICKUP_POINT, null, PICKUP_POINT, PaymentMethod.CASH_ON_RECEIPT)));
            buyers.add(() -> order.call().value());
        }
        return buyers;
    }

    private Buyer bareBuyer(Customer customer, List<String> skus) throws SQLException {
        BareCheckout bare = bareSide.checkout(transactional());
        return new Buyer() {
            @Override
            public String buy() throws SQLException {
                return bare.place(customer.number(), customer.email(), randomSkus(skus));
            }

            @Override
            public void close() throws SQLException {
                bare.close();
            }
        };
    }

    /** Three different products in SKU order, the order CheckoutService locks them in. */
    private static List<String> randomSkus(List<String> skus) {
        List<String> pool = new ArrayList<>(skus);
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            chosen.add(pool.remove(ThreadLocalRandom.current().nextInt(pool.size())));
        }
        chosen.sort(null);
        return chosen;
    }

    /** All threads start together, warm up, then place orders for the measured time; then checks the database. */
    private Side run(int threadCount, int customerCount, List<Customer> customers, BuyerFactory buyers)
            throws Exception {
        clearMailBacklog();
        Timings timings = new Timings("orders");
        CyclicBarrier start = new CyclicBarrier(threadCount);
        int limit = ORDERS_PER_CUSTOMER * customerCount / threadCount;
        ExecutorService pool = Executors.newFixedThreadPool(threadCount, threads);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threadCount; t++) {
                int thread = t;
                results.add(pool.submit(() -> buyUntilTime(buyers.forThread(thread), start, timings, limit)));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<List<String>> result : results) {
                numbers.addAll(result.get());
            }
            checkStored(numbers, customers);
            // Counted: the orders begun in the measured time (the last ones end a little after it).
            return new Side(timings, timings.count() / seconds(MEASURED));
        } finally {
            pool.shutdown();
        }
    }

    private static List<String> buyUntilTime(Buyer buyer, CyclicBarrier start, Timings timings, int limit)
            throws Exception {
        List<String> numbers = new ArrayList<>();
        try (buyer) {
            start.await();
            long warm = System.nanoTime() + WARM_UP.toNanos();
            long end = warm + MEASURED.toNanos();
            for (long now = System.nanoTime(); now < end && numbers.size() < limit; now = System.nanoTime()) {
                numbers.add(buyer.buy());
                long took = System.nanoTime() - now;
                if (now >= warm) {
                    timings.add(took);
                }
            }
        }
        return numbers;
    }

    /** The only assertions: every order placed is stored, under a number of its own. */
    private void checkStored(List<String> numbers, List<Customer> customers) throws SQLException {
        assertEquals(numbers.size(), new HashSet<>(numbers).size(), "order numbers are unique");
        String in = String.join(", ", customers.stream().map(c -> Long.toString(c.number())).toList());
        try (Connection connection = database.getConnection()) {
            assertEquals(numbers.size(), SqlReads.single(connection,
                    "select count(*) from customer_order where customer_number in (" + in + ")"));
        }
    }

    /**
     * The outbox sender mails every order in the background, the bare side's too (its rows are due alike), so each
     * side pays for its own mail while measured. What the previous side left unsent is marked sent, so that no
     * side pays for the other's.
     */
    private void clearMailBacklog() throws SQLException {
        try (Connection connection = transactional()) {
            SqlReads.execute(connection, "update outbox_mail set state = 'SENT'"
                    + " where state = 'PENDING' and recipient like 'bench-%'");
            connection.commit();
        }
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static String header() {
        return "| threads | customers | service orders/s | bare orders/s | service / bare | service p50 / p99 ms"
                + " | bare p50 / p99 ms |\n|---|---|---|---|---|---|---|\n";
    }

    private static String row(int threadCount, int customerCount, Side[] sides) {
        Side service = sides[0];
        Side bare = sides[1];
        return "| %d | %d | %.0f | %.0f | %.0f %% | %.1f / %.1f | %.1f / %.1f |%n".formatted(threadCount,
                customerCount, service.ordersPerSecond(), bare.ordersPerSecond(),
                100 * service.ordersPerSecond() / bare.ordersPerSecond(), service.timings().percentile(50),
                service.timings().percentile(99), bare.timings().percentile(50), bare.timings().percentile(99));
    }

    /** Printed into the server's log, and written where the profile says (order-ear/target). */
    private static void report(String table) throws IOException {
        String text = "Place order: CheckoutService against the bare JDBC transaction, warm-up " + WARM_UP.toSeconds()
                + " s, measured " + MEASURED.toSeconds() + " s per side and level\n\n" + table;
        System.out.println(text);
        Files.writeString(Path.of(TestSettings.value("bench.report")), text);
    }
}
