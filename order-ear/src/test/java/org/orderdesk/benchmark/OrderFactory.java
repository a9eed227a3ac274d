package org.orderdesk.benchmark;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes plausible orders the way the application would have left them: 1-3 lines from the real catalog, a status
 * reached along the status machine with every step in the history, payment state and storage deadline to match,
 * totals with the shop's delivery rule. About half end in a final status.
 */
final class OrderFactory {

    private static final BigDecimal COURIER_PRICE = new BigDecimal("299.00");
    private static final BigDecimal FREE_COURIER_FROM = new BigDecimal("3000.00");
    private static final Duration STORAGE = Duration.ofDays(7);
    private static final String OPERATOR = "operator@orderdesk.local";
    private static final List<String> PICKUP_PATH =
            List.of("CREATED", "ASSEMBLING", "HANDED_TO_DELIVERY", "IN_TRANSIT", "AWAITING_PICKUP", "RECEIVED");
    private static final List<String> COURIER_PATH =
            List.of("CREATED", "ASSEMBLING", "HANDED_TO_DELIVERY", "IN_TRANSIT", "WITH_COURIER", "DELIVERED");
    private static final String[] PAYMENTS = {"CASH_ON_RECEIPT", "CARD_ON_RECEIPT", "ONLINE_CARD"};

    record Product(String sku, String nameRu, String nameEn, BigDecimal price) {
    }

    record Line(Product product, int quantity) {
        BigDecimal total() {
            return product.price().multiply(BigDecimal.valueOf(quantity));
        }
    }

    record Change(String from, String to, Instant at, String by, String reason) {
    }

    record Order(String deliveryMethod, Long pickupPointId, String paymentMethod, String paymentState,
                 String cardLastDigits, Instant placedAt, Instant storageDeadline, List<Line> lines,
                 List<Change> history, BigDecimal deliveryPrice, BigDecimal total) {

        String status() {
            return history.get(history.size() - 1).to();
        }

        boolean completed() {
            return List.of("DELIVERED", "RECEIVED", "CANCELLED", "RETURNED").contains(status());
        }

        int itemCount() {
            return lines.stream().mapToInt(Line::quantity).sum();
        }
    }

    private final Random random;
    private final Instant now;
    private final List<Product> products;
    private final List<Long> pickupPoints;

    OrderFactory(Random random, Instant now, List<Product> products, List<Long> pickupPoints) {
        this.random = random;
        this.now = now;
        this.products = products;
        this.pickupPoints = pickupPoints;
    }

    Order order(String customerEmail, Instant placedAt) {
        boolean pickup = random.nextInt(3) > 0;
        String payment = PAYMENTS[random.nextInt(PAYMENTS.length)];
        List<Line> lines = lines();
        BigDecimal goods = lines.stream().map(Line::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal delivery = pickup || goods.compareTo(FREE_COURIER_FROM) >= 0 ? new BigDecimal("0.00") : COURIER_PRICE;
        List<Change> history = history(pickup, payment.equals("ONLINE_CARD"), customerEmail, placedAt);
        boolean waiting = history.get(history.size() - 1).to().equals("AWAITING_PICKUP");
        if (waiting && !arrivedAt(history).plus(STORAGE).isAfter(now)) {
            // Its storage would have ended already: the server's expiry job would return it (and mail the
            // customer) while it is being measured. Such an order is left on its way instead.
            history.remove(history.size() - 1);
        }
        String last = history.get(history.size() - 1).to();
        Instant deadline = last.equals("AWAITING_PICKUP") || last.equals("RECEIVED") || last.equals("RETURNED")
                ? arrivedAt(history).plus(STORAGE) : null;
        boolean online = payment.equals("ONLINE_CARD");
        return new Order(pickup ? "PICKUP_POINT" : "COURIER",
                pickup ? pickupPoints.get(random.nextInt(pickupPoints.size())) : null,
                payment, paymentState(online, history), online ? "4242" : null, placedAt, deadline, lines,
                history, delivery, goods.add(delivery));
    }

    private List<Line> lines() {
        int count = 1 + random.nextInt(3);
        List<Line> lines = new ArrayList<>(count);
        List<Product> pool = new ArrayList<>(products);
        for (int i = 0; i < count; i++) {
            lines.add(new Line(pool.remove(random.nextInt(pool.size())), 1 + random.nextInt(2)));
        }
        return lines;
    }

    /** Walks the status machine from CREATED to a target, as the constructor, the operators and the desk would. */
    private List<Change> history(boolean pickup, boolean online, String customer, Instant placedAt) {
        List<String> path = new ArrayList<>(pickup ? PICKUP_PATH : COURIER_PATH);
        if (online) {
            path.add(1, "AWAITING_PAYMENT");
        }
        int steps;
        String ending = null;
        int roll = random.nextInt(100);
        if (roll < 50) {
            steps = 2 + random.nextInt(path.size() - 2);          // active: stopped before the final status
        } else if (roll < 90) {
            steps = path.size();                                    // delivered or received
        } else if (roll < 97 || !pickup) {
            steps = 2 + random.nextInt(online ? 2 : 1);             // cancelled before hand-over
            ending = "CANCELLED";
        } else {
            steps = path.size() - 1;                                // storage ran out at the pickup point
            ending = "RETURNED";
        }
        List<Change> changes = new ArrayList<>();
        Instant at = placedAt;
        changes.add(new Change(null, "CREATED", at, customer, null));
        for (int i = 1; i < steps; i++) {
            at = i == 1 ? at : later(at);           // the first step happens as the order is placed
            changes.add(new Change(path.get(i - 1), path.get(i), at, i == 1 ? customer : OPERATOR, null));
        }
        if (ending != null) {
            String from = path.get(steps - 1);
            at = ending.equals("RETURNED") ? at.plus(STORAGE) : later(at);
            changes.add(ending.equals("CANCELLED")
                    ? new Change(from, ending, at, customer, "Changed my mind")
                    : new Change(from, ending, at, "system: storage expiry", null));
        }
        return changes;
    }

    private Instant later(Instant at) {
        return at.plusSeconds(600 + random.nextInt(24 * 3600));
    }

    private static Instant arrivedAt(List<Change> history) {
        return history.stream().filter(c -> c.to().equals("AWAITING_PICKUP")).findFirst().orElseThrow().at();
    }

    private static String paymentState(boolean online, List<Change> history) {
        String last = history.get(history.size() - 1).to();
        if (!online) {
            return last.equals("RECEIVED") || last.equals("DELIVERED") ? "PAID" : "ON_RECEIPT";
        }
        boolean paid = history.stream().anyMatch(c -> "AWAITING_PAYMENT".equals(c.from()) && c.to().equals("ASSEMBLING"));
        return paid ? "PAID" : "AWAITING";
    }
}
