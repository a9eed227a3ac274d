package org.orderdesk.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The batched inserts for accounts, customers and orders with their lines, history and queued mail, flushed parent
 * tables first (the foreign keys) and committed together every {@link #BATCH} orders, or at each {@link #commit()}
 * for a caller that wants one transaction per order (PlaceOrderBenchmark's bare transaction).
 */
final class OrderTables implements AutoCloseable {

    static final int BATCH = 1_000;
    private static final String[] COURIER_ADDRESS = {"Москва", "ул. Тверская", "7", "12", "125009"};

    private final Connection connection;
    private final Insert accounts;
    private final Insert customers;
    private final Insert orders;
    private final Insert lines;
    private final Insert history;
    private final Insert mails;
    private int pending;

    OrderTables(Connection connection) throws SQLException {
        this.connection = connection;
        accounts = new Insert(connection, "account",
                "id", "email", "displayName", "passwordHash", "role", "failedLogins", "lockedUntil");
        customers = new Insert(connection, "customer", "number", "account_id", "phone", "preferredLanguage",
                "timeZone", "lastOrderSequence");
        orders = new Insert(connection, "customer_order", "id", "number", "checkoutToken", "customer_number",
                "status", "pickupCode", "deliveryMethod", "address_city", "address_street", "address_house",
                "address_flat", "address_postcode", "pickupPoint_id", "delivery_price", "total", "paymentMethod",
                "paymentState", "cardLastDigits", "placedAt", "completed", "itemCount", "thumbnailSku",
                "storageDeadline", "storageExtended", "version");
        lines = new Insert(connection, "order_line", "CustomerOrder_id", "position", "sku", "name_ru", "name_en",
                "unit_price", "quantity");
        history = new Insert(connection, "order_status_change", "CustomerOrder_id", "position", "from_status",
                "to_status", "changed_at", "changed_by", "reason");
        mails = new Insert(connection, "outbox_mail", "id", "kind", "eventKey", "recipient", "subject", "textBody",
                "htmlBody", "inlineQrCode", "state", "attempts", "nextAttemptAt", "createdAt");
    }

    /** A customer who can log in with the same password as the demo customer (the hash is copied). */
    void addCustomer(long accountId, long number, String email, String passwordHash, int lastOrderSequence)
            throws SQLException {
        accounts.add(accountId, email, "Bench customer " + number, passwordHash, "CUSTOMER", 0, null);
        customers.add(number, accountId, null, number % 3 == 0 ? "en" : "ru", "Europe/Moscow", lastOrderSequence);
    }

    void addOrder(long id, String number, long customer, String pickupCode, OrderFactory.Order order)
            throws SQLException {
        boolean courier = order.pickupPointId() == null;
        orders.add(id, number, "bench-" + id, customer, order.status(), pickupCode, order.deliveryMethod(),
                courier ? COURIER_ADDRESS[0] : null, courier ? COURIER_ADDRESS[1] : null,
                courier ? COURIER_ADDRESS[2] : null, courier ? COURIER_ADDRESS[3] : null,
                courier ? COURIER_ADDRESS[4] : null, order.pickupPointId(), order.deliveryPrice(), order.total(),
                order.paymentMethod(), order.paymentState(), order.cardLastDigits(), order.placedAt(),
                order.completed(), order.itemCount(), order.lines().get(0).product().sku(),
                order.storageDeadline(), false, 1L);
        addLines(id, order.lines());
        addHistory(id, order.history());
        if (++pending >= BATCH) {
            commit();
        }
    }

    private void addLines(long orderId, List<OrderFactory.Line> orderLines) throws SQLException {
        for (int i = 0; i < orderLines.size(); i++) {
            OrderFactory.Line line = orderLines.get(i);
            lines.add(orderId, i, line.product().sku(), line.product().nameRu(), line.product().nameEn(),
                    line.product().price(), line.quantity());
        }
    }

    private void addHistory(long orderId, List<OrderFactory.Change> changes) throws SQLException {
        for (int i = 0; i < changes.size(); i++) {
            OrderFactory.Change change = changes.get(i);
            history.add(orderId, i, change.from(), change.to(), change.at(), change.by(), change.reason());
        }
    }

    /** An order's confirmation mail, due now, as the application's outbox queues it. */
    void addConfirmationMail(long id, String orderNumber, String recipient, String subject, String text, String html,
                             String pickupCode, Instant at) throws SQLException {
        mails.add(id, "ORDER_CONFIRMATION", orderNumber, recipient, subject, text, html, pickupCode, "PENDING", 0, at,
                at);
    }

    void commit() throws SQLException {
        for (Insert insert : List.of(accounts, customers, orders, lines, history, mails)) {
            insert.flush();
        }
        connection.commit();
        pending = 0;
    }

    @Override
    public void close() throws SQLException {
        for (Insert insert : List.of(accounts, customers, orders, lines, history, mails)) {
            insert.close();
        }
    }
}
