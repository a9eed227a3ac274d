package org.orderdesk.platform;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.eclipse.persistence.tools.schemaframework.DefaultTableGenerator;
import org.eclipse.persistence.tools.schemaframework.FieldDefinition;
import org.eclipse.persistence.tools.schemaframework.IndexDefinition;
import org.eclipse.persistence.tools.schemaframework.TableDefinition;
import org.eclipse.persistence.tools.schemaframework.UniqueKeyConstraint;

/**
 * The differences between the tables EclipseLink's mapping of the entities expects (the very definitions its
 * create-tables would run) and the tables a database really has: missing tables, columns, primary keys, unique
 * constraints and indexes, nullability, and the length of text columns. An entity changed without a changeset
 * shows up here.
 */
final class SchemaDrift {

    private final ServerSession session;
    private final DatabaseMetaData database;
    private final String schema;
    private final List<String> differences = new ArrayList<>();

    private SchemaDrift(ServerSession session, Connection connection) throws SQLException {
        this.session = session;
        this.database = connection.getMetaData();
        this.schema = connection.getSchema();
    }

    /** The persistence unit "orderdesk" on a plain JDBC connection, creating and changing nothing. */
    static EntityManagerFactory mapping(String url, String user, String password) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("jakarta.persistence.jdbc.user", user);
        properties.put("jakarta.persistence.jdbc.password", password);
        properties.put("eclipselink.logging.level", "SEVERE");
        return Persistence.createEntityManagerFactory("orderdesk", properties);
    }

    static List<String> of(EntityManagerFactory mapping, Connection connection) throws SQLException {
        SchemaDrift drift = new SchemaDrift((ServerSession) JpaHelper.getServerSession(mapping), connection);
        drift.compareTables();
        drift.compareSequences();
        return drift.differences;
    }

    private void compareTables() throws SQLException {
        for (TableDefinition table : new DefaultTableGenerator(session.getProject(), false)
                .generateDefaultTableCreator().getTableDefinitions()) {
            Map<String, Column> columns = columns(table.getName());
            if (columns.isEmpty()) {
                differences.add("table " + table.getName() + " is missing");
                continue;
            }
            compareColumns(table, columns);
            compareKeys(table);
            compareIndexes(table);
        }
    }

    private void compareColumns(TableDefinition table, Map<String, Column> columns) {
        for (FieldDefinition field : table.getFields()) {
            String where = lower(table.getName() + "." + field.getName());
            Column column = columns.get(lower(field.getName()));
            if (column == null) {
                differences.add("column " + where + " is missing");
            } else if (column.nullable != (field.shouldAllowNull() && !field.isPrimaryKey())) {
                differences.add("column " + where + (column.nullable ? " allows" : " refuses") + " null");
            } else if (column.isText() && field.getType() == String.class && column.size != textSize(field)) {
                differences.add("column " + where + " holds " + column.size + " characters, not " + textSize(field));
            }
        }
    }

    private static int textSize(FieldDefinition field) {
        return field.getSize() == 0 ? 255 : field.getSize();
    }

    private void compareKeys(TableDefinition table) throws SQLException {
        List<String> primaryKey = table.getFields().stream().filter(FieldDefinition::isPrimaryKey)
                .map(field -> lower(field.getName())).toList();
        if (!primaryKey.equals(primaryKey(table.getName()))) {
            differences.add("table " + table.getName() + " has not the primary key " + primaryKey);
        }
        Map<String, List<String>> unique = indexes(table.getName(), true);
        for (FieldDefinition field : table.getFields()) {
            if (field.isUnique() && !unique.containsValue(List.of(lower(field.getName())))) {
                differences.add("column " + lower(table.getName() + "." + field.getName()) + " is not unique");
            }
        }
        for (UniqueKeyConstraint key : table.getUniqueKeys()) {
            if (!unique.containsValue(key.getSourceFields().stream().map(SchemaDrift::lower).toList())) {
                differences.add("unique constraint " + key.getName() + " is missing");
            }
        }
    }

    private void compareIndexes(TableDefinition table) throws SQLException {
        Map<String, List<String>> present = indexes(table.getName(), false);
        for (IndexDefinition index : table.getIndexes()) {
            List<String> expected = index.getFields().stream().map(SchemaDrift::indexColumn).toList();
            List<String> actual = present.get(lower(index.getName()));
            if (!expected.equals(actual)) {
                differences.add("index " + index.getName() + " is " + actual + ", not " + expected);
            }
        }
    }

    /** Every sequence the entities draw ids from answers: a missing sequence or SEQUENCE row fails here. */
    private void compareSequences() {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (descriptor.usesSequenceNumbers()) {
                try {
                    session.getSequencing().getNextValue(descriptor.getJavaClass());
                } catch (RuntimeException missing) {
                    differences.add("sequence " + descriptor.getSequenceNumberName() + " does not answer: "
                            + missing.getMessage());
                }
            }
        }
    }

    private Map<String, Column> columns(String table) throws SQLException {
        Map<String, Column> columns = new HashMap<>();
        try (ResultSet rows = database.getColumns(null, schema, stored(table), null)) {
            while (rows.next()) {
                columns.put(lower(rows.getString("COLUMN_NAME")), new Column(rows.getString("TYPE_NAME"),
                        rows.getInt("COLUMN_SIZE"), rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
            }
        }
        return columns;
    }

    private List<String> primaryKey(String table) throws SQLException {
        Map<Integer, String> columns = new java.util.TreeMap<>();
        try (ResultSet rows = database.getPrimaryKeys(null, schema, stored(table))) {
            while (rows.next()) {
                columns.put(rows.getInt("KEY_SEQ"), lower(rows.getString("COLUMN_NAME")));
            }
        }
        return List.copyOf(columns.values());
    }

    /** Index name to its columns in order, each with " desc" when descending. */
    private Map<String, List<String>> indexes(String table, boolean uniqueOnly) throws SQLException {
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        try (ResultSet rows = database.getIndexInfo(null, schema, stored(table), uniqueOnly, false)) {
            while (rows.next()) {
                if (rows.getString("INDEX_NAME") != null) {
                    String column = lower(rows.getString("COLUMN_NAME"));
                    indexes.computeIfAbsent(lower(rows.getString("INDEX_NAME")), name -> new ArrayList<>())
                            .add("D".equals(rows.getString("ASC_OR_DESC")) ? column + " desc" : column);
                }
            }
        }
        return indexes;
    }

    private static String indexColumn(String definition) {
        String[] parts = definition.trim().split("\\s+");
        return parts.length > 1 && parts[1].equalsIgnoreCase("DESC") ? lower(parts[0]) + " desc" : lower(parts[0]);
    }

    /** Derby keeps unquoted names in upper case, PostgreSQL in lower case. */
    private String stored(String name) throws SQLException {
        return database.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : lower(name);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private record Column(String type, int size, boolean nullable) {
        boolean isText() {
            return type.equalsIgnoreCase("VARCHAR");
        }
    }
}
