package org.orderdesk.platform;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/** The data source the application's persistence unit uses, for the work that needs plain JDBC (migrations, backups). */
public final class ApplicationDataSource {

    /**
     * The same choice persistence.xml makes with ${MPCONFIG=orderdesk.datasource:...}: the environment variable
     * ORDERDESK_DATASOURCE, or a system property of the server of this name, which outranks it.
     */
    public static final String PROPERTY = "orderdesk.datasource";

    private ApplicationDataSource() {
    }

    public static String name() {
        return ConfigProvider.getConfig().getOptionalValue(PROPERTY, String.class)
                .orElse(DatabaseConfiguration.DATA_SOURCE);
    }

    public static DataSource lookup() throws NamingException {
        return (DataSource) new InitialContext().lookup(name());
    }
}
