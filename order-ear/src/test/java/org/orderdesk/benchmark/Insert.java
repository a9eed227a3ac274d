package org.orderdesk.benchmark;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A batched INSERT into one table whose columns are checked against the database's own metadata first. The
 * schema is EclipseLink's (create-or-extend on the first start), so the generator must not guess: a column that
 * is not there, or a NOT NULL column the generator does not fill, stops it with the table's real column list.
 */
final class Insert implements AutoCloseable {

    private final String table;
    private final List<String> columns;
    private final Map<String, Integer> types;
    private final PreparedStatement statement;

    Insert(Connection connection, String table, String... columns) throws SQLException {
        this.table = table.toUpperCase(Locale.ROOT);
        this.columns = List.of(columns).stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
        this.types = columnTypes(connection.getMetaData(), this.table);
        check(connection.getMetaData());
        this.statement = connection.prepareStatement("insert into " + this.table + " (" + String.join(", ", this.columns)
                + ") values (" + "?, ".repeat(columns.length - 1) + "?)");
    }

    /** Adds one row to the batch; values in the order of the columns given to the constructor. */
    void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            bind(i + 1, types.get(columns.get(i)), values[i]);
        }
        statement.addBatch();
    }

    void flush() throws SQLException {
        statement.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }

    private void bind(int index, int sqlType, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType);
        } else if (value instanceof Boolean flag && sqlType != Types.BOOLEAN) {
            // EclipseLink's Derby platform maps boolean fields to SMALLINT.
            statement.setShort(index, (short) (flag ? 1 : 0));
        } else if (value instanceof Instant instant) {
            statement.setTimestamp(index, Timestamp.from(instant));
        } else if (value instanceof BigDecimal amount) {
            statement.setBigDecimal(index, amount);
        } else {
            statement.setObject(index, value);
        }
    }

    private void check(DatabaseMetaData meta) throws SQLException {
        if (types.isEmpty()) {
            throw new IllegalStateException("No table " + table + " in the database: has the application started on it"
                    + " once (it creates the schema)?");
        }
        List<String> problems = new ArrayList<>();
        for (String column : columns) {
            if (!types.containsKey(column)) {
                problems.add("no column " + column);
            }
        }
        try (ResultSet rs = meta.getColumns(null, null, table, null)) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME");
                boolean required = rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls
                        && rs.getString("COLUMN_DEF") == null;
                if (required && !columns.contains(column)) {
                    problems.add("NOT NULL column " + column + " is not filled");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(table + ": " + problems + "; the table has " + types.keySet());
        }
    }

    static Map<String, Integer> columnTypes(DatabaseMetaData meta, String table) throws SQLException {
        Map<String, Integer> types = new LinkedHashMap<>();
        try (ResultSet rs = meta.getColumns(null, null, table, null)) {
            while (rs.next()) {
                types.put(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"));
            }
        }
        return types;
    }
}
