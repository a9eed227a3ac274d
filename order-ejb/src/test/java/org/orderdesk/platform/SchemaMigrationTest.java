package org.orderdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The migrations against embedded Derby: they build the schema the entities expect (the schema drift check: an
 * entity changed without a changeset fails here), upgrade a database of the last release in place, run once, and
 * refuse a database migrated by newer code.
 */
class SchemaMigrationTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private String url;
    private Connection connection;
    private final List<EntityManagerFactory> mappings = new ArrayList<>();

    @BeforeEach
    void openEmptyDatabase() throws SQLException {
        url = "jdbc:derby:memory:migration-" + DATABASES.incrementAndGet();
        connection = DriverManager.getConnection(url + ";create=true");
    }

    @AfterEach
    void close() throws SQLException {
        mappings.forEach(EntityManagerFactory::close);
        // Liquibase and the queries below leave a transaction open; nothing in it is to be kept.
        connection.rollback();
        connection.close();
    }

    @Test
    void anEmptyDatabaseGetsExactlyWhatTheEntitiesExpect() throws Exception {
        SchemaMigration.migrate(connection);

        assertEquals(List.of(), drift());
    }

    @Test
    void aChangedEntityWithoutChangesetIsReported() throws Exception {
        SchemaMigration.migrate(connection);
        execute("DROP INDEX ix_order_payment_due");
        execute("ALTER TABLE sandbox_payment DROP COLUMN cardlastdigits");

        assertEquals(List.of("column sandbox_payment.cardlastdigits is missing",
                "index ix_order_payment_due is null, not [status, paymentdeadline]"), sorted(drift()));
    }

    @Test
    void theReleaseDatabaseIsUpgradedInPlace() throws Exception {
        ReleaseDatabase.load(connection);

        SchemaMigration.migrate(connection);

        assertEquals("MARK_RAN", single("SELECT exectype FROM databasechangelog WHERE id = '001-release-schema'"));
        assertEquals(11, count("customer_order"));
        assertEquals(2, count("customer"));
        assertEquals(13, count("outbox_mail"));
        assertEquals(2, count("ticket_message"));
        assertEquals("0", single("SELECT COUNT(*) FROM sys.syssequences WHERE sequencename = 'CUSTOMER_NUMBER_SEQ'"));
        assertEquals("Moscow", single("SELECT city_en FROM pickup_point WHERE code = 'MSK-01'"));
        assertEquals(List.of(), drift());
    }

    @Test
    void unpaidOrdersOfTheReleaseGetTheDefaultPaymentWindow() throws Exception {
        ReleaseDatabase.load(connection);

        SchemaMigration.migrate(connection);

        assertEquals("2026-11-02 09:30:00.0",
                single("SELECT paymentdeadline FROM customer_order WHERE status = 'AWAITING_PAYMENT'"));
        assertEquals("0", single("SELECT COUNT(*) FROM customer_order"
                + " WHERE status <> 'AWAITING_PAYMENT' AND paymentdeadline IS NOT NULL"));
    }

    /**
     * Codes were unique only by checkout's look-up before changeset 170: a database may hold orders sharing a code,
     * completed or even active. The migration keeps every order and its code; of active orders sharing one, the one
     * with the lowest number holds it.
     */
    @Test
    void ordersOfTheReleaseSharingAPickupCodeAreKeptAndOneActiveOrderHoldsIt() throws Exception {
        ReleaseDatabase.load(connection);
        execute("UPDATE customer_order SET pickupcode = '11111111'");
        String active = single("SELECT COUNT(*) FROM customer_order WHERE completed = 0");
        String lowest = single("SELECT MIN(number) FROM customer_order WHERE completed = 0");

        SchemaMigration.migrate(connection);

        assertTrue(Integer.parseInt(active) > 1, "active orders sharing the code: " + active);
        assertEquals(11, count("customer_order"));
        assertEquals(lowest, single("SELECT order_number FROM active_pickup_code WHERE code = '11111111'"));
        assertEquals(1, count("active_pickup_code"));
    }

    /**
     * Changeset 200: each customer of the release keeps the pickup point of their last order to one, as the
     * checkout found it in the orders before. The release's customer ordered everything to its one point: here
     * the ninth order goes to a second point and the two after it by courier, so only the right rule finds it.
     */
    @Test
    void customersOfTheReleaseKeepThePickupPointOfTheirLastOrderToOne() throws Exception {
        ReleaseDatabase.load(connection);
        execute("INSERT INTO pickup_point (id, code, address_en, address_ru, name_en, name_ru, hours_en, hours_ru)"
                + " VALUES (4, 'SPB-01', 'Nevsky pr., 1', 'Невский пр., 1', 'Nevsky', 'Невский', '10-21', '10-21')");
        execute("UPDATE customer_order SET pickuppoint_id = 4 WHERE number = '10000001-0009'");
        execute("UPDATE customer_order SET pickuppoint_id = NULL, deliverymethod = 'COURIER', address_city = 'Москва',"
                + " address_street = 'Тверская', address_house = '1', address_postcode = '125009'"
                + " WHERE number IN ('10000001-0010', '10000001-0011')");

        SchemaMigration.migrate(connection);

        assertEquals("SPB-01", single("SELECT lastpickuppointcode FROM customer WHERE number = 10000001"));
        assertEquals("1", single("SELECT COUNT(*) FROM customer WHERE lastpickuppointcode IS NULL"),
                "the release's other customer, who never ordered to a point");
    }

    @Test
    void aSecondStartRunsNothing() throws Exception {
        SchemaMigration.migrate(connection);
        String ran = single("SELECT COUNT(*) FROM databasechangelog");

        migrateOnRestart();

        assertEquals(ran, single("SELECT COUNT(*) FROM databasechangelog"));
    }

    @Test
    void instancesStartingAtOnceMigrateOnce() throws Exception {
        ExecutorService instances = Executors.newFixedThreadPool(3);
        try {
            List<Future<Void>> starts = instances.invokeAll(List.of(this::startInstance, this::startInstance,
                    this::startInstance));
            for (Future<Void> start : starts) {
                start.get();
            }
        } finally {
            instances.shutdown();
        }

        assertEquals("0", single("SELECT COUNT(*) FROM (SELECT id FROM databasechangelog GROUP BY id"
                + " HAVING COUNT(*) > 1) twice"));
        assertEquals(List.of(), drift());
    }

    private Void startInstance() throws Exception {
        migrateOnRestart();
        return null;
    }

    @Test
    void aDatabaseMigratedByNewerCodeIsRefused() throws Exception {
        SchemaMigration.migrate(connection);
        execute("INSERT INTO databasechangelog (id, author, filename, dateexecuted, orderexecuted, exectype)"
                + " VALUES ('999-from-the-future', 'orderdesk', 'db/changelog/999.xml', CURRENT_TIMESTAMP, 999,"
                + " 'EXECUTED')");

        connection.commit();

        SchemaTooNewException refused = assertThrows(SchemaTooNewException.class, this::migrateOnRestart);

        assertTrue(refused.getMessage().contains("999-from-the-future"), refused.getMessage());
    }

    /** A new start comes with a new connection (Liquibase keeps what it read per connection). */
    private void migrateOnRestart() throws Exception {
        try (Connection restart = DriverManager.getConnection(url)) {
            try {
                SchemaMigration.migrate(restart);
            } finally {
                restart.rollback();
            }
        }
    }

    private List<String> drift() throws SQLException {
        EntityManagerFactory mapping = SchemaDrift.mapping(url, "", "");
        mappings.add(mapping);
        return SchemaDrift.of(mapping, connection);
    }

    private static List<String> sorted(List<String> differences) {
        return differences.stream().sorted().toList();
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private int count(String table) throws SQLException {
        return Integer.parseInt(single("SELECT COUNT(*) FROM " + table));
    }

    private String single(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
