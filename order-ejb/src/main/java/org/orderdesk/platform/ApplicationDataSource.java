package org.orderdesk.platform;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** The data source the application's persistence unit uses, for the work that needs plain JDBC (migrations, backups). */
public final class ApplicationDataSource {

    /** The same choice persistence.xml makes with ${ENV=ORDERDESK_DATASOURCE:...}. */
    private static final String VARIABLE = "ORDERDESK_DATASOURCE";

    private ApplicationDataSource() {
    }

    public static String name() {
        return System.getenv().getOrDefault(VARIABLE, DatabaseConfiguration.DATA_SOURCE);
    }

    public static DataSource lookup() throws NamingException {
        return (DataSource) new InitialContext().lookup(name());
    }
}
