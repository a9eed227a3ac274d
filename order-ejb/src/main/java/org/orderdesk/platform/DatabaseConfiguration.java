package org.orderdesk.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.orderdesk.shared.Money;

/**
 * The application's own data source: embedded Derby, so that the EAR runs on a bare server with no set-up.
 * The database path comes from ORDERDESK_DERBY_DATABASE (Payara substitutes it when the data source is created);
 * to use another database an administrator defines a JDBC resource and names it in ORDERDESK_DATASOURCE
 * (see persistence.xml and the README).
 */
@DataSourceDefinition(
        name = DatabaseConfiguration.DATA_SOURCE,
        className = "org.apache.derby.jdbc.EmbeddedDataSource",
        databaseName = "${ENV=ORDERDESK_DERBY_DATABASE:orderdesk}",
        properties = {"createDatabase=create"},
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 32)
@Singleton
@Startup
public class DatabaseConfiguration {

    public static final String DATA_SOURCE = "java:app/jdbc/orderdesk";

    private static final Logger LOG = Logger.getLogger(DatabaseConfiguration.class.getName());
    private static final String DERBY_ENGINE = "org.apache.derby.iapi.jdbc.AutoloadedDriver";
    private static final String DERBY_SYSTEM_SHUTDOWN = "XJ015";

    /**
     * When Derby came inside the EAR (a plain deploy on a bare server), its engine belongs to this application's
     * class loader and would keep the database locked after undeploy: the next deploy then fails with XSDB6.
     * When the server provides Derby (its lib folder), the engine outlives us and must be left running.
     */
    @PreDestroy
    void shutDownBundledDerby() {
        if (!derbyIsBundledWithApplication()) {
            return;
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true").close();
        } catch (SQLException expected) {
            if (!DERBY_SYSTEM_SHUTDOWN.equals(expected.getSQLState())) {
                LOG.log(Level.WARNING, "Derby did not shut down cleanly", expected);
            }
        }
    }

    private static boolean derbyIsBundledWithApplication() {
        ClassLoader applicationLibraries = Money.class.getClassLoader();
        try {
            return Class.forName(DERBY_ENGINE, false, applicationLibraries).getClassLoader() == applicationLibraries;
        } catch (ClassNotFoundException derbyNotUsed) {
            return false;
        }
    }
}
