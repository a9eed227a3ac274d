package org.orderdesk.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What the generator reads from the database the application made, and the few statements it runs besides. */
final class SqlReads {

    record Customer(long number, int lastOrderSequence, String passwordHash) {
    }

    private SqlReads() {
    }

    static List<OrderFactory.Product> products(Connection connection) throws SQLException {
        List<OrderFactory.Product> products = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select sku, name_ru, name_en, price from product order by sku")) {
            while (rs.next()) {
                products.add(new OrderFactory.Product(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4)));
            }
        }
        require(products.size() >= 3, "the seeded catalog");
        return products;
    }

    static List<Long> pickupPoints(Connection connection) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select id from pickup_point order by id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        require(!ids.isEmpty(), "the seeded pickup points");
        return ids;
    }

    static Customer customer(Connection connection, String email) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select c.number, c.lastOrderSequence, a.passwordHash
                from customer c join account a on c.account_id = a.id where a.email = ?""")) {
            query.setString(1, email);
            try (ResultSet rs = query.executeQuery()) {
                require(rs.next(), "the customer " + email);
                return new Customer(rs.getLong(1), rs.getInt(2), rs.getString(3));
            }
        }
    }

    /**
     * Derby's optimizer chooses plans from index statistics; after a bulk load they would describe the empty
     * tables until its background statistics thread catches up.
     */
    static void updateStatistics(Connection connection) throws SQLException {
        for (String table : List.of("CUSTOMER_ORDER", "ORDER_LINE", "ORDER_STATUS_CHANGE", "CUSTOMER", "ACCOUNT")) {
            execute(connection, "call SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', '" + table + "', null)");
        }
        connection.commit();
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The one number a query returns. */
    static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            require(rs.next(), "a result of " + sql);
            return rs.getLong(1);
        }
    }

    private static void require(boolean found, String what) {
        if (!found) {
            throw new IllegalStateException("Not found: " + what + ". Start the application once on this data folder"
                    + " (it creates the schema and seeds the shop), stop it, then generate.");
        }
    }
}
