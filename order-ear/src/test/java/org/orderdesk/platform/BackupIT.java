package org.orderdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.order.CheckoutService;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.server.Callers;
import org.orderdesk.server.Command;
import org.orderdesk.server.DatabaseCertificates;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.PostgresPrograms;
import org.orderdesk.server.ShopFixture;

/**
 * A backup taken while the shop runs, restored into a new database, holds every order placed before it. On Derby
 * (the main run) that is the nightly online backup of DatabaseBackups, restored with Derby's restoreFrom; on
 * PostgreSQL (failsafe execution "postgres") pg_dump and pg_restore, as the README tells administrators.
 */
@ExtendWith(ArquillianExtension.class)
class BackupIT {

    private static final String RESTORED = "orderdesk_restored";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    private Callers callers;

    @Inject
    private ShopFixture shop;

    @Inject
    private CheckoutService checkout;

    @Inject
    private DatabaseBackups backups;

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Test
    void aRestoredBackupHoldsEveryOrderPlacedBeforeIt() throws Exception {
        String sku = shop.newProduct(5);
        callers.logIn(shop.newCustomer());
        OrderNumber number = checkout.placeOrder(ShopFixture.pickupOrder(sku, 1));
        Set<String> placed = em.createQuery("select o.number from CustomerOrder o", OrderNumber.class).getResultStream()
                .map(OrderNumber::value).collect(Collectors.toSet());

        Set<String> restored;
        try (Connection live = ApplicationDataSource.lookup().getConnection()) {
            restored = isDerby(live.getMetaData()) ? restoredDerbyBackup() : restoredPgDump(live.getMetaData());
        }

        assertTrue(restored.contains(number.value()), number.value());
        assertEquals(placed, restored);
    }

    private static boolean isDerby(DatabaseMetaData database) throws SQLException {
        return "Apache Derby".equals(database.getDatabaseProductName());
    }

    private Set<String> restoredDerbyBackup() throws Exception {
        Path folder = Files.createTempDirectory("orderdesk-backups");
        Path backup = callers.asSystem(() -> backups.backUpTo(folder));
        String restored = "jdbc:derby:" + folder.resolve("restored");
        Class.forName("org.apache.derby.iapi.jdbc.AutoloadedDriver");
        try (Connection connection = DriverManager.getConnection(restored + ";restoreFrom=" + backup)) {
            return orderNumbers(connection);
        } finally {
            shutDownDerby(restored);
        }
    }

    private static void shutDownDerby(String url) {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby answers a shutdown with an exception (08006)
        }
    }

    /** The commands of the README's "Backups" for PostgreSQL, against the server the shop runs on. */
    private static Set<String> restoredPgDump(DatabaseMetaData live) throws Exception {
        URI server = URI.create(live.getURL().substring("jdbc:".length()));
        String user = live.getUserName();
        String database = server.getPath().substring(1);
        // The pool signs in with a client certificate (TestPostgres); its address names the files, which
        // pg_dump and pg_restore take from their environment.
        DatabaseCertificates certificates = DatabaseCertificates.namedIn(server);
        Path dump = Files.createTempFile("orderdesk", ".dump");
        Path programs = PostgresPrograms.folder();
        List<String> connection = List.of("-h", server.getHost(), "-p", Integer.toString(server.getPort()), "-U", user);
        run(programs.resolve("pg_dump"), connection, List.of("-Fc", "-f", dump.toString(), database), certificates);
        Class.forName("org.postgresql.Driver");
        String cluster = "jdbc:postgresql://" + server.getHost() + ":" + server.getPort() + "/";
        String signIn = certificates.jdbcQuery(user);
        try (Connection admin = DriverManager.getConnection(cluster + "postgres" + signIn);
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + RESTORED);
            statement.execute("CREATE DATABASE " + RESTORED);
        }
        run(programs.resolve("pg_restore"), connection, List.of("-d", RESTORED, dump.toString()), certificates);
        try (Connection restored = DriverManager.getConnection(cluster + RESTORED + signIn)) {
            return orderNumbers(restored);
        }
    }

    private static void run(Path program, List<String> connection, List<String> arguments,
            DatabaseCertificates certificates) {
        List<String> command = new ArrayList<>(List.of(program.toString()));
        command.addAll(connection);
        command.addAll(arguments);
        new Command(command, certificates.libpqEnvironment()).run(120);
    }

    private static Set<String> orderNumbers(Connection connection) throws SQLException {
        Set<String> numbers = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT number FROM customer_order")) {
            while (rows.next()) {
                numbers.add(rows.getString(1));
            }
        }
        return numbers;
    }
}
