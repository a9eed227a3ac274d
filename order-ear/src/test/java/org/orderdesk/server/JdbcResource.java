package org.orderdesk.server;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A server-defined JDBC resource and its connection pool: created through asadmin on a running domain
 * (LocalPayara.define, as the README tells administrators) or written into a stopped domain's domain.xml
 * (DomainXml.addJdbcResource), the same pool either way.
 */
record JdbcResource(String jndiName, String dataSourceClass, Map<String, String> properties) {

    /** On an embedded Derby database, created at the first connection. */
    static JdbcResource derby(String jndiName, Path database) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("databaseName", database.toString());
        properties.put("createDatabase", "create");
        return new JdbcResource(jndiName, "org.apache.derby.jdbc.EmbeddedDataSource", properties);
    }

    /**
     * On the tests' PostgreSQL, over TLS, signed in by the client certificate. The password is empty, not absent:
     * Payara signs a pool in only with a user and a password ("No password credential found" without one), and
     * the database asks for none.
     */
    static JdbcResource postgres(String jndiName, TestPostgres database) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("serverName", "127.0.0.1");
        properties.put("portNumber", Integer.toString(database.port()));
        properties.put("databaseName", TestPostgres.DATABASE);
        properties.put("user", TestPostgres.USER);
        properties.put("password", "");
        properties.putAll(database.certificates().jdbcSettings());
        return new JdbcResource(jndiName, "org.postgresql.ds.PGSimpleDataSource", properties);
    }

    String poolName() {
        return jndiName.replace('/', '-') + "-pool";
    }

    /** asadmin's --property form: name=value pairs separated by colons; an empty value quoted, or it is refused. */
    String asadminProperties() {
        return properties.entrySet().stream()
                .map(property -> property.getKey() + "=" + (property.getValue().isEmpty() ? "\"\"" : property.getValue()))
                .collect(Collectors.joining(":"));
    }
}
