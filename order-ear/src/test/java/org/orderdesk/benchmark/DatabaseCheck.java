package org.orderdesk.benchmark;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Looks at the database of a STOPPED OrderDesk: the order tables' columns and indexes as EclipseLink made them,
 * then the queries behind My orders and the order page run with Derby's runtime statistics on, printing the plan
 * Derby chose (which index it scanned, how many rows it read).
 *
 * <pre>
 * java -cp order-ear/target/test-classes:order-ear/target/domain-lib/* org.orderdesk.benchmark.DatabaseCheck DATA_DIR
 * </pre>
 */
public final class DatabaseCheck {

    private static final List<String> TABLES = List.of("CUSTOMER_ORDER", "ORDER_LINE", "ORDER_STATUS_CHANGE");
    /** The SQL EclipseLink sends for OrderQueries.list (JpaOrderRepository.summaries) on Derby. */
    private static final String MY_ORDERS = """
            select number, placedAt, status, total, itemCount, thumbnailSku from customer_order
            where customer_number = ? and completed = ? order by number desc
            offset ? rows fetch next 20 rows only""";
    private static final String TABS = """
            select completed, count(id) from customer_order where customer_number = ? group by completed""";
    private static final String ORDER = "select id from customer_order where number = ?";
    private static final String LINES = "select * from order_line where CustomerOrder_id = ?";
    private static final String HISTORY = "select * from order_status_change where CustomerOrder_id = ?";

    private DatabaseCheck() {
    }

    public static void main(String[] args) throws SQLException {
        try (Connection connection = DerbyEngine.open(args[0], "derby-check.log")) {
            for (String table : TABLES) {
                describe(connection.getMetaData(), table);
            }
            plans(connection);
        } finally {
            DerbyEngine.shutDown();
        }
    }

    private static void describe(DatabaseMetaData meta, String table) throws SQLException {
        System.out.println("== " + table + ": " + SqlReads.single(meta.getConnection(),
                "select count(*) from " + table) + " rows");
        System.out.println("columns: " + Insert.columnTypes(meta, table).keySet());
        try (ResultSet rs = meta.getIndexInfo(null, null, table, false, false)) {
            while (rs.next()) {
                System.out.printf("index %s (%s) column %d: %s%n", rs.getString("INDEX_NAME"),
                        rs.getBoolean("NON_UNIQUE") ? "non-unique" : "unique", rs.getInt("ORDINAL_POSITION"),
                        rs.getString("COLUMN_NAME"));
            }
        }
    }

    private static void plans(Connection connection) throws SQLException {
        long customer = SqlReads.customer(connection, OrderDataGenerator.DEMO_EMAIL).number();
        boolean smallint = Insert.columnTypes(connection.getMetaData(), "CUSTOMER_ORDER").get("COMPLETED") != Types.BOOLEAN;
        SqlReads.execute(connection, "call SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
        plan(connection, "My orders, active tab, page 1", MY_ORDERS, customer, flag(false, smallint), 0);
        plan(connection, "My orders, completed tab, page 5", MY_ORDERS, customer, flag(true, smallint), 80);
        plan(connection, "My orders, tab counts", TABS, customer);
        String number = firstNumber(connection, customer);
        long id = SqlReads.single(connection, "select id from customer_order where number = '" + number + "'");
        plan(connection, "Order page, order " + number, ORDER, number);
        plan(connection, "Order page, lines", LINES, id);
        plan(connection, "Order page, history", HISTORY, id);
    }

    private static Object flag(boolean value, boolean smallint) {
        return smallint ? (Object) (short) (value ? 1 : 0) : value;
    }

    private static String firstNumber(Connection connection, long customer) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select min(number) from customer_order where customer_number = ?")) {
            query.setLong(1, customer);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** Runs the query to its end, then prints the statistics Derby kept for it. */
    private static void plan(Connection connection, String title, String sql, Object... parameters)
            throws SQLException {
        int rows = 0;
        long started = System.nanoTime();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
        }
        long micros = (System.nanoTime() - started) / 1_000;
        System.out.printf("%n== %s: %d rows, %d µs (first run, cold)%n", title, rows, micros);
        try (PreparedStatement stats = connection.prepareStatement("values SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()");
             ResultSet rs = stats.executeQuery()) {
            rs.next();
            System.out.println(rs.getString(1));
        }
    }
}
