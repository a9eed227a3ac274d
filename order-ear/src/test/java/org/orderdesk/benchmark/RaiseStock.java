package org.orderdesk.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Gives every product of a STOPPED OrderDesk's catalog the same large stock. The seeded catalog holds about
 * 1,700 units in all, which a load run sells out within minutes; an "out of stock" answer would then measure
 * the benchmark's setup, not the shop. The server must be stopped: embedded Derby opens in one JVM only, and
 * the server's JPA cache would not see the change.
 *
 * <pre>
 * java -cp order-ear/target/test-classes:order-ear/target/domain-lib/* org.orderdesk.benchmark.RaiseStock \
 *      DATA_DIR [STOCK]
 * </pre>
 */
public final class RaiseStock {

    private RaiseStock() {
    }

    public static void main(String[] args) throws SQLException {
        int stock = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        try (Connection connection = DerbyEngine.open(args[0], "derby-raise-stock.log");
             PreparedStatement update = connection.prepareStatement("update product set stock = ?")) {
            update.setInt(1, stock);
            System.out.println("Stock set to " + stock + " for " + update.executeUpdate() + " products");
        } finally {
            DerbyEngine.shutDown();
        }
    }
}
