package org.orderdesk.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.orderdesk.pickup.domain.PickupCodeTry;
import org.orderdesk.server.ClusterAhead;
import org.orderdesk.server.LocalCluster;
import org.orderdesk.server.Mailbox;
import org.orderdesk.server.ShopClient;
import org.orderdesk.server.ShopPages;
import org.orderdesk.server.TestPostgres;

/**
 * Issue 17's promise, on a cluster of its own (LocalCluster: two instances of a deployment group, haproxy, one
 * PostgreSQL, GreenMail): customers keep ordering through the balancer while one instance is killed with
 * SIGKILL, and none of them notices. The cluster starts at low priority when the test run begins (ClusterAhead,
 * for the classes of its tag), while the test server's classes run, and this class runs after them
 * (DeploymentsInTurn). README, "Running a cluster".
 */
@Tag(ClusterAhead.TAG)
class ClusterFailoverIT {

    private static final int ORDERING_CUSTOMERS = 3;
    private static final int ORDERS_AFTER_THE_KILL = 2;
    private static final String PASSWORD = "failover-Pass-2026";
    /** Products with the most stock in the seeded catalog (see the benchmark's CheckoutJourney). */
    private static final List<String> SKUS = List.of("KIT-004", "HOM-005", "HOM-003", "SPO-004");
    private static final Map<String, String> PICKUP_CASH = Map.of("deliveryMethod", "PICKUP_POINT",
            "pickupPoint", "MSK-01", "paymentMethod", "CASH_ON_RECEIPT");
    private static final Pattern ORDER_NUMBER = Pattern.compile("order=([0-9-]+)");
    /** Orders the expiry test lets run out: a product no other test here orders, so its stock is the test's own. */
    private static final String EXPIRY_SKU = "HOM-002";
    private static final Map<String, String> PICKUP_ONLINE = Map.of("deliveryMethod", "PICKUP_POINT",
            "pickupPoint", "MSK-03", "paymentMethod", "ONLINE_CARD");
    /** How many orders of each kind run out at once: as many as a customer may leave unpaid. */
    private static final int EXPIRING = 3;
    /** The point whose desk the counters' test uses; no order of this class waits there. */
    private static final String DESK_POINT = "MSK-02";
    private static final String DESK_NOT_HERE = "No order waits here under this code";
    private static final String DESK_PAUSED = "the desk is paused";
    private static final Pattern DESK_ANSWER = Pattern.compile("id=\"desk-answer\"[^>]*>(.*?)</p>", Pattern.DOTALL);
    /** The operator's own tries where other desks' fill the rest of a window: 2 through each instance. */
    private static final int OWN_TRIES = 4;
    private static final String INSTANCE_COOKIE = "ORDERDESK_INSTANCE";
    /** One past the account's 5 free failures; spread over two instances, each sees 3. */
    private static final int GUESSES = 6;
    /**
     * Twice the address's free failures (5 in this test's cluster, pom.xml): spread over two instances, each sees
     * no more than its free ones; together they make the address wait 16 s.
     */
    private static final int ADDRESS_GUESSES = 10;

    private static LocalCluster cluster;
    /**
     * The seeded operator, logged in once for the tests that need the console: each login takes a one-time code of
     * a step of its own, and a third login within 30 seconds would wait for the next step (OperatorCodes).
     */
    private static ShopClient console;

    @BeforeAll
    static void awaitCluster() throws InterruptedException {
        cluster = ClusterAhead.cluster();
        // Mailbox reads the mail of whichever GreenMail the test setting names: the cluster's.
        System.setProperty("it.imap.port", Integer.toString(cluster.ports().imap()));
    }

    /**
     * Every client here is 127.0.0.1: a test's wrong passwords are forgotten after it, so that no other test's
     * logins wait for them.
     */
    @AfterEach
    void forgetLoginFailuresOfLoopback() throws SQLException {
        try (Connection db = database();
             PreparedStatement delete = db.prepareStatement("DELETE FROM login_address WHERE address = ?")) {
            delete.setString(1, "127.0.0.1");
            delete.executeUpdate();
        }
    }

    /** The desk counters' test leaves its tries (and those it wrote for other operators) behind it. */
    @AfterEach
    void forgetPickupCodeTries() throws SQLException {
        forgetAllTries();
    }

    @Test
    void anInstanceKilledWhileCustomersOrderLosesNoLoginCartOrderOrMailAndRejoinsWhenRestarted() throws Exception {
        Customer waiting = Customer.registered("waiting");
        List<Customer> ordering = new ArrayList<>();
        for (int i = 0; i < ORDERING_CUSTOMERS; i++) {
            ordering.add(Customer.registered("ordering" + i));
        }
        int victim = waiting.instance();
        assertTrue(ordering.stream().anyMatch(customer -> customer.instance() == victim),
                "the balancer spread the customers over both instances");
        waiting.addToCart(SKUS.get(0));
        // Logged in on the instance that dies, with both steps (the enrolment of the second factor, then its code).
        ShopClient operator = new ShopClient(cluster.instanceUrl(victim));
        operator.logIn(ShopPages.OPERATOR_EMAIL, cluster.accounts().operatorPassword());
        assertConsole(operator.get("admin/index"), "the operator logged in before the kill");

        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(ORDERING_CUSTOMERS);
        List<Future<?>> running = new ArrayList<>();
        long killed;
        try {
            for (Customer customer : ordering) {
                running.add(pool.submit(() -> customer.orderUntil(stop)));
            }
            await().atMost(Duration.ofMinutes(3))
                    .until(() -> ordering.stream().allMatch(c -> c.confirmed.size() >= 1));
            cluster.kill(victim);
            killed = System.nanoTime();
            List<Integer> before = ordering.stream().map(c -> c.confirmed.size()).toList();
            await().atMost(Duration.ofMinutes(3)).until(() -> allOrderedAgain(ordering, before));
        } finally {
            stop.set(true);
            pool.shutdown();
        }
        for (Future<?> customer : running) {
            customer.get();
        }

        String waitingOrder = waiting.checkOut();
        waiting.confirmed.add(waitingOrder);
        HttpResponse<String> waitingOrders = waiting.client.get("account/orders");
        HttpResponse<String> console = operator.at(cluster.shopUrl()).get("admin/index");
        List<Customer> everyone = new ArrayList<>(ordering);
        everyone.add(waiting);
        // Every request that needed the victim gone has been made: it restarts (about 40 s) while the database and
        // the mailbox are checked (the killed instance's mail leases run out first, 20 s), instead of after them.
        // Nothing checked from here on goes through an instance.
        ExecutorService restarting = Executors.newSingleThreadExecutor();
        Future<LocalCluster.InstanceStart> restarted = restarting.submit(() -> cluster.startInstance(victim));
        restarting.shutdown();
        try {
            assertAll(
                    () -> assertEquals(List.of(), serverErrorsAfter(everyone, killed), "5xx answers after the kill"),
                    () -> assertEquals(200, waitingOrders.statusCode(), "the login and its role kept"),
                    () -> assertTrue(waitingOrders.body().contains(waitingOrder), "the cart kept and ordered"),
                    () -> assertConsole(console, "the operator's login and role kept"),
                    () -> assertEquals(List.of(), ordersNotOnceInTheDatabase(everyone)),
                    () -> assertEquals(List.of(), confirmationMailsNotOnce(everyone)));
        } finally {
            // Whatever the checks found, the restart ends before the next test or the cluster's stop.
            restarting.awaitTermination(10, TimeUnit.MINUTES);
        }
        restarted.get();
        HttpResponse<String> onTheRestarted = waiting.client.at(cluster.instanceUrl(victim)).get("account/orders");
        assertEquals(200, onTheRestarted.statusCode(), "the restarted instance knows the session: it rejoined");
        assertTrue(onTheRestarted.body().contains(waitingOrder));
    }

    /**
     * The account's login throttle (ASVS 2.2.1) counts in the database, not per instance: wrong passwords spread
     * over the instances add up, so that a guesser gains nothing from a balancer. Each instance alone saw no more
     * than the free failures; only the sum makes the account wait. Read from the database, because every client
     * here is 127.0.0.1, from where the owner last logged in, and the owner's own address never waits for the
     * account's count.
     */
    @Test
    void wrongPasswordsOnEveryInstanceAddUpOnTheAccount() throws Exception {
        cluster.startStoppedInstances();
        Customer guessedAt = Customer.registered("guessed");
        List<Integer> instances = cluster.ports().instanceNumbers().boxed().toList();
        for (int i = 0; i < GUESSES; i++) {
            int instance = instances.get(i % instances.size());
            HttpResponse<String> login = new ShopClient(cluster.instanceUrl(instance))
                    .logIn(guessedAt.email, "guess " + i);
            assertEquals(200, login.statusCode(), "refused: the login page again");
        }

        try (Connection db = database();
             PreparedStatement query = db.prepareStatement(
                     "SELECT failedlogins, lockeduntil FROM account WHERE email = ?")) {
            query.setString(1, guessedAt.email);
            try (ResultSet account = query.executeQuery()) {
                assertTrue(account.next());
                assertEquals(GUESSES, account.getInt(1), "every instance's wrong passwords counted on the account");
                assertNotNull(account.getTimestamp(2), "past the free failures: the account must wait");
            }
        }
    }

    /**
     * The per-address login throttle counts in the database too: wrong passwords from one address, spread over
     * the instances, hold back that address's right one, though each instance alone saw no more than the free
     * failures. Every client here is 127.0.0.1, so the address's count is
     * cleared (as if it had been forgotten), and the right password then gets in: the count, nothing else, held it
     * back.
     */
    @Test
    void wrongPasswordsFromOneAddressSpreadOverTheInstancesAddUp() throws Exception {
        cluster.startStoppedInstances();
        Customer owner = Customer.registered("owner");
        List<Integer> instances = cluster.ports().instanceNumbers().boxed().toList();
        for (int i = 0; i < ADDRESS_GUESSES; i++) {
            HttpResponse<String> login = new ShopClient(cluster.instanceUrl(instances.get(i % instances.size())))
                    .logIn("nobody-" + i + "-" + System.nanoTime() + "@failover.test", "guess " + i);
            assertEquals(200, login.statusCode(), "refused: the login page again");
        }

        for (int instance : instances) {
            assertEquals(200, new ShopClient(cluster.instanceUrl(instance)).logIn(owner.email, PASSWORD)
                    .statusCode(), "the right password from the guessing address, held back on " + instance);
        }
        forgetLoginFailuresOfLoopback();
        assertEquals(302, new ShopClient(cluster.instanceUrl(instances.get(0))).logIn(owner.email, PASSWORD)
                .statusCode(), "let in once the address's count is gone");
    }

    /**
     * The instances started at the same time on the empty database (LocalCluster.start), and every one became
     * ready: the migrations and the seeding took their turns in the database instead of failing one instance.
     */
    @Test
    void everyInstanceStartedAtOnceOnTheEmptyDatabaseBecameReady() {
        List<LocalCluster.InstanceStart> starts = cluster.firstStarts();
        assertEquals(cluster.ports().instances(), starts.size(), "instances ready: " + starts);
        Instant lastBegun = starts.stream().map(LocalCluster.InstanceStart::began).max(Instant::compareTo)
                .orElseThrow();
        Instant firstReady = starts.stream().map(LocalCluster.InstanceStart::ready).min(Instant::compareTo)
                .orElseThrow();
        assertTrue(lastBegun.isBefore(firstReady), "each started before any was ready: " + starts);
    }

    /**
     * The unpaid-order expiry and the storage expiry, on both instances at once: orders that ran out (their
     * deadlines moved into the past in the database, so that the jobs find them on their own) are handled by
     * whichever instance locks each first; the other finds it handled. The test cluster runs both instances' jobs
     * every 2 s at the same clock seconds (ORDERDESK_ORDER_DEADLINE_INTERVAL), so their runs meet. A double
     * handling would show as a second cancellation or return in the order's history, stock given back twice, a
     * second status mail, or the order logged as handled by both instances; each is counted over the next run of
     * both jobs too.
     */
    @Test
    void bothInstancesEnforcingTheDeadlinesAtOnceHandleEachExpiredOrderOnce() throws Exception {
        cluster.startStoppedInstances();
        Customer customer = Customer.registered("expiring");
        List<String> unpaid = new ArrayList<>();
        List<String> uncollected = new ArrayList<>();
        for (int i = 0; i < EXPIRING; i++) {
            customer.addToCart(EXPIRY_SKU);
            unpaid.add(customer.checkOut(PICKUP_ONLINE));
            customer.addToCart(EXPIRY_SKU);
            uncollected.add(customer.checkOut(PICKUP_CASH));
        }
        ShopClient operator = operatorConsole();
        for (String number : uncollected) {
            for (String next : List.of("HANDED_TO_DELIVERY", "IN_TRANSIT", "AWAITING_PICKUP")) {
                operator.get("admin/order?number=" + number);
                assertEquals(302, operator.submit("admin/order?number=" + number, "move", Map.of(), "to-" + next)
                        .statusCode(), number + " moved to " + next);
            }
        }
        int stockBefore = stockOf(EXPIRY_SKU);
        List<String> expiring = new ArrayList<>(unpaid);
        expiring.addAll(uncollected);
        assertEquals(List.of(), notInStatus(unpaid, "AWAITING_PAYMENT"));
        assertEquals(List.of(), notInStatus(uncollected, "AWAITING_PICKUP"));

        Timestamp longAgo = Timestamp.from(Instant.now().minus(Duration.ofDays(1)));
        backDate("paymentdeadline", unpaid, longAgo);
        backDate("storagedeadline", uncollected, longAgo);

        await().atMost(Duration.ofSeconds(30)).until(() -> notInStatus(unpaid, "CANCELLED").isEmpty()
                && notInStatus(uncollected, "RETURNED").isEmpty());
        List<String> statusMails = new ArrayList<>();
        for (String number : unpaid) {
            statusMails.add(statusMailSubject("ORDER_CANCELLED", number));
        }
        for (String number : uncollected) {
            statusMails.add(statusMailSubject("ORDER_RETURNED", number));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> Mailbox.subjects(customer.email),
                subjects -> subjects.containsAll(statusMails));
        // Held through the next run of both instances' jobs (2 s apart): nothing handled twice, late or not.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1))
                .until(() ->
                handledNotOnce(unpaid, "CANCELLED", "ORDER_CANCELLED", customer.email).isEmpty()
                        && handledNotOnce(uncollected, "RETURNED", "ORDER_RETURNED", customer.email).isEmpty()
                        && stockOf(EXPIRY_SKU) == stockBefore + 2 * EXPIRING);
        // The log is written behind the transactions: waited for until every order shows up in it.
        Map<String, List<Integer>> handledBy = await().atMost(Duration.ofSeconds(10))
                .until(() -> handlingInstances(expiring), lines -> lines.values().stream().noneMatch(List::isEmpty));
        System.out.println("Expired orders and the instances that handled them: " + handledBy);
        assertAll(
                () -> assertEquals(List.of(), handledNotOnce(unpaid, "CANCELLED", "ORDER_CANCELLED",
                        customer.email)),
                () -> assertEquals(List.of(), handledNotOnce(uncollected, "RETURNED", "ORDER_RETURNED",
                        customer.email)),
                () -> assertEquals(stockBefore + 2 * EXPIRING, stockOf(EXPIRY_SKU), "each order's unit back once"),
                () -> assertTrue(handledBy.values().stream().allMatch(instances -> instances.size() == 1),
                        "each order handled by one instance: " + handledBy));
    }

    /**
     * The pickup desk's counters (PickupCodeGuard) count in the database: codes that found nothing, tried at the
     * desk through both instances, add up in each window, so that an operator gains nothing from a balancer.
     * Per operator: 8 tries stop the desk, 4 made on each instance. Per point and overall: the tries other desks
     * made (written into the table as their instances would) and this operator's 4, 2 on each instance, reach the
     * window's limit, though this operator's count stays far from its own. Each instance alone saw too few to stop
     * the desk; once the tries are gone, the desk answers again: the count, nothing else, stopped it.
     */
    @Test
    void codesTriedAtTheDeskOnBothInstancesAddUpPerOperatorPerPointAndOverall() throws Exception {
        cluster.startStoppedInstances();
        ShopClient operator = operatorConsole();
        operator.get("admin/pickup-desk");
        assertEquals(302, operator.submit("admin/pickup-desk", "point", Map.of("pointCode", DESK_POINT))
                .statusCode(), "the desk serves " + DESK_POINT);

        assertDeskStopsAfter(operator, "per operator", PickupCodeTry.PER_OPERATOR.limit(), 0, null);
        assertDeskStopsAfter(operator, "per point", PickupCodeTry.PER_POINT.limit(), OWN_TRIES, DESK_POINT);
        assertDeskStopsAfter(operator, "overall", PickupCodeTry.OVERALL.limit(), OWN_TRIES, "SPB-01");
    }

    /**
     * Other desks' tries first (all but ownTries of the window's limit, at othersPoint), then wrong codes from the
     * operator, alternately through each instance, until the window is full: the last of them, and then a code on
     * each instance, find the desk stopped. With no ownTries given, the operator makes them all.
     */
    private static void assertDeskStopsAfter(ShopClient operator, String window, int limit, int ownTries,
                                             String othersPoint) throws Exception {
        forgetAllTries();
        int own = ownTries == 0 ? limit : ownTries;
        int othersTries = limit - own;
        triesOfOtherDesks(othersTries, othersPoint);
        List<Integer> instances = cluster.ports().instanceNumbers().boxed().toList();
        for (int i = 1; i <= own; i++) {
            String answer = deskAnswer(operator, instances.get(i % instances.size()));
            assertTrue(answer.contains(i < own ? DESK_NOT_HERE : DESK_PAUSED),
                    window + ", try " + i + " of " + own + " (" + othersTries + " by other desks): " + answer);
        }
        for (int instance : instances) {
            assertTrue(deskAnswer(operator, instance).contains(DESK_PAUSED), window + ": stopped on " + instance);
        }
        forgetAllTries();
        assertTrue(deskAnswer(operator, instances.get(0)).contains(DESK_NOT_HERE),
                window + ": open again once the tries are forgotten");
    }

    /**
     * What the desk says to a code no order waits under at its point (a stranger's guess), looked up through the
     * instance.
     */
    private static String deskAnswer(ShopClient operator, int instance) throws IOException, InterruptedException {
        ShopClient there = operator.at(cluster.instanceUrl(instance));
        assertEquals(200, there.get("admin/pickup-desk").statusCode(), "the desk, logged in, on " + instance);
        HttpResponse<String> answer = there.submit("admin/pickup-desk", "desk",
                Map.of("code", String.format("9%07d", ThreadLocalRandom.current().nextInt(10_000_000))));
        assertEquals(200, answer.statusCode());
        Matcher said = DESK_ANSWER.matcher(answer.body());
        return said.find() ? said.group(1).strip() : "no answer on the page";
    }

    private static void triesOfOtherDesks(int count, String pointCode) throws SQLException {
        try (Connection db = database();
             PreparedStatement insert = db.prepareStatement("INSERT INTO pickup_code_try"
                     + " (id, operator_email, point_code, tried_at) VALUES (?, ?, ?, ?)")) {
            Timestamp aMinuteAgo = Timestamp.from(Instant.now().minus(Duration.ofMinutes(1)));
            for (int i = 0; i < count; i++) {
                // Negative ids: the application's own ids are drawn from 1 up.
                insert.setLong(1, -1 - i);
                insert.setString(2, "desk-" + (i % 3) + "@failover.test");
                insert.setString(3, pointCode);
                insert.setTimestamp(4, aMinuteAgo);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void forgetAllTries() throws SQLException {
        try (Connection db = database(); Statement delete = db.createStatement()) {
            delete.executeUpdate("DELETE FROM pickup_code_try");
        }
    }

    private static synchronized ShopClient operatorConsole() throws IOException, InterruptedException {
        if (console == null) {
            ShopClient operator = new ShopClient(cluster.instanceUrl(cluster.ports().instanceNumbers().min()
                    .orElseThrow()));
            operator.logIn(ShopPages.OPERATOR_EMAIL, cluster.accounts().operatorPassword());
            assertConsole(operator.get("admin/index"), "the operator logged in");
            console = operator;
        }
        return console;
    }

    private static int stockOf(String sku) throws SQLException {
        try (Connection db = database();
             PreparedStatement query = db.prepareStatement("SELECT stock FROM product WHERE sku = ?")) {
            query.setString(1, sku);
            try (ResultSet product = query.executeQuery()) {
                assertTrue(product.next(), sku);
                return product.getInt(1);
            }
        }
    }

    private static List<String> notInStatus(List<String> numbers, String status) throws SQLException {
        List<String> others = new ArrayList<>();
        try (Connection db = database();
             PreparedStatement query = db.prepareStatement("SELECT status FROM customer_order WHERE number = ?")) {
            for (String number : numbers) {
                query.setString(1, number);
                try (ResultSet order = query.executeQuery()) {
                    String actual = order.next() ? order.getString(1) : "missing";
                    if (!status.equals(actual)) {
                        others.add(number + " " + actual);
                    }
                }
            }
        }
        return others;
    }

    private static void backDate(String deadline, List<String> numbers, Timestamp to) throws SQLException {
        try (Connection db = database();
             PreparedStatement update = db.prepareStatement(
                     "UPDATE customer_order SET " + deadline + " = ? WHERE number = ?")) {
            for (String number : numbers) {
                update.setTimestamp(1, to);
                update.setString(2, number);
                assertEquals(1, update.executeUpdate(), number);
            }
        }
    }

    /** The subject of the order's status mail of the kind, as queued (in the customer's language). */
    private static String statusMailSubject(String kind, String number) throws SQLException {
        try (Connection db = database();
             PreparedStatement query = db.prepareStatement(
                     "SELECT subject FROM outbox_mail WHERE kind = ? AND eventkey = ?")) {
            query.setString(1, kind);
            query.setString(2, number);
            try (ResultSet mail = query.executeQuery()) {
                assertTrue(mail.next(), kind + " mail of " + number + " queued");
                return mail.getString(1);
            }
        }
    }

    /**
     * The orders not moved into the status exactly once in their history, or whose status mail was not queued
     * and delivered exactly once.
     */
    private static List<String> handledNotOnce(List<String> numbers, String status, String mailKind,
                                               String customerEmail) throws SQLException, MessagingException {
        List<String> wrong = new ArrayList<>();
        try (Connection db = database();
             PreparedStatement moves = db.prepareStatement("SELECT COUNT(*) FROM order_status_change c"
                     + " JOIN customer_order o ON c.customerorder_id = o.id WHERE o.number = ? AND c.to_status = ?");
             PreparedStatement mails = db.prepareStatement(
                     "SELECT COUNT(*) FROM outbox_mail WHERE kind = ? AND eventkey = ?")) {
            List<String> delivered = Mailbox.subjects(customerEmail);
            for (String number : numbers) {
                int moved = count(moves, number, status);
                int queued = count(mails, mailKind, number);
                String subject = statusMailSubject(mailKind, number);
                long arrived = delivered.stream().filter(subject::equals).count();
                if (moved != 1 || queued != 1 || arrived != 1) {
                    wrong.add(number + ": moved to " + status + " " + moved + " times, " + queued + " mails queued, "
                            + arrived + " arrived");
                }
            }
        }
        return wrong;
    }

    private static int count(PreparedStatement query, String first, String second) throws SQLException {
        query.setString(1, first);
        query.setString(2, second);
        try (ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /**
     * Which instances logged handling each order (OrderDeadlines logs a cancellation or return once its transaction
     * has committed): one each, whichever it was.
     */
    private static Map<String, List<Integer>> handlingInstances(List<String> numbers) throws IOException {
        Map<String, List<Integer>> handledBy = new TreeMap<>();
        numbers.forEach(number -> handledBy.put(number, new ArrayList<>()));
        for (int instance : cluster.ports().instanceNumbers().toArray()) {
            for (String line : Files.readAllLines(cluster.serverLog(instance))) {
                for (String number : numbers) {
                    if (line.contains("Order " + number + " was not paid in time")
                            || line.contains("Storage of order " + number + " ended")) {
                        handledBy.get(number).add(instance);
                    }
                }
            }
        }
        return handledBy;
    }

    private static void assertConsole(HttpResponse<String> page, String what) {
        assertEquals(200, page.statusCode(), what);
        assertTrue(page.body().contains("id=\"operator-email\"") && page.body().contains(ShopPages.OPERATOR_EMAIL),
                what + ": the console, not the login page");
    }

    private static Connection database() throws SQLException {
        return cluster.database().connect(TestPostgres.DATABASE);
    }

    private static boolean allOrderedAgain(List<Customer> ordering, List<Integer> before) {
        for (int i = 0; i < ordering.size(); i++) {
            if (ordering.get(i).confirmed.size() < before.get(i) + ORDERS_AFTER_THE_KILL) {
                return false;
            }
        }
        return true;
    }

    private static List<String> serverErrorsAfter(List<Customer> customers, long killed) {
        return customers.stream().flatMap(c -> c.answers.stream())
                .filter(answer -> answer.sentAt() > killed && answer.status() >= 500)
                .map(Answer::toString).toList();
    }

    /**
     * Every confirmed order is in the database once, and a customer has no more orders than they were shown,
     * except where a place-order request was cut off by the kill (its order may have been placed unseen).
     */
    private static List<String> ordersNotOnceInTheDatabase(List<Customer> customers) throws SQLException {
        List<String> wrong = new ArrayList<>();
        try (Connection db = database()) {
            for (Customer customer : customers) {
                List<String> stored = ordersOf(db, customer.email);
                Set<String> distinct = new HashSet<>(stored);
                if (distinct.size() != stored.size() || !distinct.containsAll(customer.confirmed)
                        || stored.size() > customer.confirmed.size() + customer.cutOffPlacements.get()) {
                    wrong.add(customer.email + ": confirmed " + customer.confirmed + ", stored " + stored);
                }
            }
        }
        return wrong;
    }

    private static List<String> ordersOf(Connection db, String email) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT o.number FROM customer_order o"
                + " JOIN customer c ON o.customer_number = c.number JOIN account a ON c.account_id = a.id"
                + " WHERE a.email = ?")) {
            query.setString(1, email);
            List<String> numbers = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    numbers.add(rows.getString(1));
                }
            }
            return numbers;
        }
    }

    /**
     * Waits for each confirmed order's mail, then checks that a reader sees it once. A mail the killed instance had
     * claimed comes from the other once its lease is over (orderdesk.mail.lease, short in this test). One the SMTP
     * server accepted from the killed instance in the milliseconds before its mark committed comes a second time:
     * no SMTP conversation can tell the sender whether the server kept a mail, so the outbox delivers at least once
     * and gives every copy the same Message-ID, by which mail readers show it once (docs/CLUSTER-STATUS.md). So:
     * one Message-ID per order, and no more than two copies (only the other instance sends a mail again; a third
     * copy would be a sender repeating itself). Each mailbox is read from its envelopes (subject, Message-ID), not
     * copied whole with its QR codes: copying every mailbox whole at every look, per order, took most of a minute.
     */
    private static List<String> confirmationMailsNotOnce(List<Customer> customers) throws MessagingException {
        List<String> wrong = new ArrayList<>();
        for (Customer customer : customers) {
            List<Mailbox.Envelope> mails;
            try {
                mails = await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                        .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                        .until(() -> Mailbox.envelopes(customer.email),
                                arrived -> mailless(customer.confirmed, arrived).isEmpty());
            } catch (ConditionTimeoutException missing) {
                mails = Mailbox.envelopes(customer.email);
                for (String number : mailless(customer.confirmed, mails)) {
                    wrong.add(number + " to " + customer.email + ": no mail");
                }
            }
            for (String number : customer.confirmed) {
                List<String> copies = mails.stream().filter(mail -> mail.subject().contains(number))
                        .map(Mailbox.Envelope::messageId).toList();
                if (copies.size() > 2 || copies.contains(null) || new HashSet<>(copies).size() != 1) {
                    wrong.add(number + " to " + customer.email + ": " + copies.size() + " mails, Message-IDs "
                            + copies);
                }
            }
        }
        return wrong;
    }

    /** The order numbers no mail's subject names. */
    private static List<String> mailless(List<String> numbers, List<Mailbox.Envelope> mails) {
        return numbers.stream().filter(number -> mails.stream().noneMatch(mail -> mail.subject().contains(number)))
                .toList();
    }

    /** A status code and when its request was sent (System.nanoTime). */
    private record Answer(long sentAt, int status, String request) {
    }

    /** A request's answer other than the one the journey expects: the journey starts over. */
    private static final class Unexpected extends RuntimeException {
        Unexpected(String request, int status) {
            super(request + " answered " + status);
        }
    }

    private interface Request {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    /** A customer with a browser of their own (a ShopClient) and every answer it got. */
    private static final class Customer {

        private final ShopClient client = new ShopClient(cluster.shopUrl());
        private final String email;
        private final List<String> confirmed = new CopyOnWriteArrayList<>();
        private final List<Answer> answers = new CopyOnWriteArrayList<>();
        private final AtomicInteger cutOffPlacements = new AtomicInteger();

        private Customer(String email) {
            this.email = email;
        }

        static Customer registered(String name) throws IOException, InterruptedException {
            Customer customer = new Customer(name + "-" + System.nanoTime() + "@failover.test");
            customer.client.register(customer.email, PASSWORD);
            return customer;
        }

        /** The instance the balancer sticks this customer to, by its cookie ("instance-N"). */
        int instance() {
            String name = client.cookie(INSTANCE_COOKIE).orElseThrow();
            return Integer.parseInt(name.substring(name.lastIndexOf('-') + 1));
        }

        void orderUntil(AtomicBoolean stop) {
            for (int round = 0; !stop.get(); round++) {
                try {
                    addToCart(SKUS.get(round % SKUS.size()));
                    confirmed.add(checkOut());
                } catch (Unexpected | IOException cutOff) {
                    // The kill cut this journey off; the next one starts from the product page again.
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        void addToCart(String sku) throws IOException, InterruptedException {
            String product = "shop/product?sku=" + sku;
            expect(200, product, () -> client.get(product));
            expect(302, "add " + sku, () -> client.submitPlain("add", Map.of()));
        }

        /** Orders the cart, with pickup and cash, and returns the order's number from its confirmation. */
        String checkOut() throws IOException, InterruptedException {
            return checkOut(PICKUP_CASH);
        }

        /**
         * Orders the cart with the delivery and payment chosen, and returns the order's number from the page it
         * leads to (the confirmation, or the payment page of an order paid online).
         */
        String checkOut(Map<String, String> choices) throws IOException, InterruptedException {
            expect(200, "checkout page", () -> client.get("shop/checkout"));
            HttpResponse<String> placed;
            try {
                placed = expect(302, "place order", () -> client.submit("shop/checkout", "checkout", choices));
            } catch (Unexpected | IOException cutOff) {
                cutOffPlacements.incrementAndGet();
                throw cutOff;
            }
            Matcher number = ORDER_NUMBER.matcher(placed.headers().firstValue("Location").orElse(""));
            if (!number.find()) {
                throw new Unexpected("place order without confirmation", placed.statusCode());
            }
            expect(200, "confirmation", () -> client.follow(placed));
            return number.group(1);
        }

        private HttpResponse<String> expect(int status, String name, Request request)
                throws IOException, InterruptedException {
            long sent = System.nanoTime();
            HttpResponse<String> response = request.send();
            answers.add(new Answer(sent, response.statusCode(), name));
            if (response.statusCode() != status) {
                throw new Unexpected(name, response.statusCode());
            }
            return response;
        }
    }
}
