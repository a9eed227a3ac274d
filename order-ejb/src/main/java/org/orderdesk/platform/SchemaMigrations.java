package org.orderdesk.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Migrates the database before anything else in the application touches it: every start-up bean and every timer
 * depends on this bean, and a failed or refused migration fails the deployment. EclipseLink neither creates nor
 * changes tables (persistence.xml).
 */
@Singleton
@Startup
@DependsOn("DatabaseConfiguration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrations {

    /** The same choice persistence.xml makes with ${ENV=ORDERDESK_DATASOURCE:...}. */
    static final String DATA_SOURCE_VARIABLE = "ORDERDESK_DATASOURCE";

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @PostConstruct
    void migrate() {
        String name = dataSourceName();
        try (Connection connection = dataSource().getConnection()) {
            SchemaMigration.migrate(connection);
            LOG.info("Database schema is up to date (" + name + ")");
        } catch (SchemaTooNewException refused) {
            LOG.severe(refused.getMessage()); // the deployment's own error may bury it
            throw refused;
        } catch (Exception failed) {
            throw new IllegalStateException("Migrating the database " + name + " failed", failed);
        }
    }

    /** The data source the application's persistence unit uses. */
    static DataSource dataSource() throws NamingException {
        return (DataSource) new InitialContext().lookup(dataSourceName());
    }

    private static String dataSourceName() {
        return System.getenv().getOrDefault(DATA_SOURCE_VARIABLE, DatabaseConfiguration.DATA_SOURCE);
    }
}
