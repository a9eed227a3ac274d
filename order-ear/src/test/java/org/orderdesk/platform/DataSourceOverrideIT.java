package org.orderdesk.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.TestSettings;

/**
 * The test server names a JDBC resource of its own in ORDERDESK_DATASOURCE (see order-ear's pom): the unchanged
 * EAR must keep its data there and never touch its built-in Derby database.
 */
@ExtendWith(ArquillianExtension.class)
class DataSourceOverrideIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Resource(lookup = "jdbc/orderdesk-it")
    private DataSource serverDefined;

    @Test
    void theApplicationStoresItsDataInTheServerDefinedDataSource() throws SQLException {
        try (Connection connection = serverDefined.getConnection();
             Statement statement = connection.createStatement();
             ResultSet categories = statement.executeQuery("select count(*) from category")) {
            categories.next();
            assertTrue(categories.getInt(1) >= 5, "categories in the server-defined database");
        }
    }

    @Test
    void theBuiltInDatabaseIsNeverCreated() {
        Path builtIn = Path.of(TestSettings.value("it.app.database"));

        assertFalse(Files.exists(builtIn), "built-in database created at " + builtIn);
    }
}
