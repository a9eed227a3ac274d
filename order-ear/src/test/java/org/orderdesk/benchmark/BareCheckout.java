package org.orderdesk.benchmark;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The least a database must do to place an order, in plain JDBC on one connection: what CheckoutService's
 * transaction writes, without JPA, EJB, validation or mail templates. It locks the customer's row and numbers the
 * order from it, locks the products in SKU order (as the service does, so no two orders deadlock) and takes their
 * stock, then writes the order, its lines, its two history rows (CREATED, then ASSEMBLING, as the service's
 * CustomerOrder records them), the row that holds its pickup code among the active orders' codes (drawn until
 * free, as the service does) and its confirmation mail, and commits. Not thread-safe: one per thread.
 */
final class BareCheckout implements AutoCloseable {

    private static final String PAYMENT = "CASH_ON_RECEIPT";
    // A body of the size the real template renders, so the outbox row weighs what the service's does.
    private static final String TEXT = "Спасибо за заказ! ".repeat(40);
    private static final String HTML = "<p>Спасибо за заказ!</p>".repeat(60);

    private final Connection connection;
    private final OrderTables tables;
    private final AtomicLong ids;
    private final long pickupPointId;
    private final PreparedStatement lockCustomer;
    private final PreparedStatement numberCustomer;
    private final PreparedStatement lockProduct;
    private final PreparedStatement takeStock;
    private final PreparedStatement findCode;
    private final PreparedStatement holdCode;

    /** The connection must have auto-commit off; ids come from a range the application will never use. */
    BareCheckout(Connection connection, AtomicLong ids, long pickupPointId) throws SQLException {
        this.connection = connection;
        this.ids = ids;
        this.pickupPointId = pickupPointId;
        this.tables = new OrderTables(connection);
        // FOR UPDATE WITH RS is what EclipseLink's Derby platform sends for a pessimistic lock.
        lockCustomer = connection.prepareStatement(
                "select lastOrderSequence from customer where number = ? for update with rs");
        numberCustomer = connection.prepareStatement("update customer set lastOrderSequence = ? where number = ?");
        lockProduct = connection.prepareStatement(
                "select sku, name_ru, name_en, price, stock from product where sku = ? for update with rs");
        takeStock = connection.prepareStatement("update product set stock = stock - ? where sku = ?");
        findCode = connection.prepareStatement("select 1 from active_pickup_code where code = ?");
        holdCode = connection.prepareStatement("insert into active_pickup_code (code, order_number) values (?, ?)");
    }

    /** Places one order of one unit of each SKU (sorted) for the customer; returns its number. */
    String place(long customer, String email, List<String> sortedSkus) throws SQLException {
        Instant now = Instant.now();
        String number = "%08d-%04d".formatted(customer, nextSequence(customer));
        List<OrderFactory.Line> lines = reserve(sortedSkus);
        BigDecimal total = lines.stream().map(OrderFactory.Line::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<OrderFactory.Change> history = List.of(new OrderFactory.Change(null, "CREATED", now, email, null),
                new OrderFactory.Change("CREATED", "ASSEMBLING", now, email, null));
        String pickupCode = unusedPickupCode();
        tables.addOrder(ids.getAndIncrement(), number, customer, pickupCode, new OrderFactory.Order("PICKUP_POINT",
                pickupPointId, PAYMENT, "ON_RECEIPT", null, now, null, lines, history, new BigDecimal("0.00"), total));
        tables.addConfirmationMail(ids.getAndIncrement(), number, email, "Заказ " + number + " принят", TEXT, HTML,
                pickupCode, now);
        holdCode.setString(1, pickupCode);
        holdCode.setString(2, number);
        holdCode.executeUpdate();
        tables.commit();
        return number;
    }

    private String unusedPickupCode() throws SQLException {
        while (true) {
            String code = "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
            findCode.setString(1, code);
            try (ResultSet rs = findCode.executeQuery()) {
                if (!rs.next()) {
                    return code;
                }
            }
        }
    }

    private int nextSequence(long customer) throws SQLException {
        lockCustomer.setLong(1, customer);
        int sequence;
        try (ResultSet rs = lockCustomer.executeQuery()) {
            rs.next();
            sequence = rs.getInt(1) + 1;
        }
        numberCustomer.setInt(1, sequence);
        numberCustomer.setLong(2, customer);
        numberCustomer.executeUpdate();
        return sequence;
    }

    private List<OrderFactory.Line> reserve(List<String> sortedSkus) throws SQLException {
        List<OrderFactory.Line> lines = new ArrayList<>(sortedSkus.size());
        for (String sku : sortedSkus) {
            lockProduct.setString(1, sku);
            try (ResultSet rs = lockProduct.executeQuery()) {
                rs.next();
                if (rs.getInt(5) < 1) {
                    throw new IllegalStateException("The benchmark ran out of " + sku);
                }
                lines.add(new OrderFactory.Line(new OrderFactory.Product(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getBigDecimal(4)), 1));
            }
            takeStock.setInt(1, 1);
            takeStock.setString(2, sku);
            takeStock.executeUpdate();
        }
        return lines;
    }

    /** Rolls back what a failed order left open, so that no lock outlives the benchmark. */
    @Override
    public void close() throws SQLException {
        connection.rollback();
        tables.close();
        for (PreparedStatement statement : List.of(lockCustomer, numberCustomer, lockProduct, takeStock, findCode, holdCode)) {
            statement.close();
        }
        connection.close();
    }
}
