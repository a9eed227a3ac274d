package org.orderdesk.order;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.orderdesk.customer.domain.CustomerNumber;
import org.orderdesk.order.domain.CustomerOrder;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.order.domain.PickupCode;
import org.orderdesk.platform.InMemoryRows;

/** OrderRepository in memory: what the JPA queries select, as plain filters. Locks are no-ops in one thread. */
public class InMemoryOrderRepository extends InMemoryRows<CustomerOrder> implements OrderRepository {

    /** The table of active codes: code to the number of the order holding it. */
    private final Map<PickupCode, OrderNumber> activeCodes = new HashMap<>();

    /** Refuses a code an active order holds, as the table's primary key does. */
    @Override
    public void add(CustomerOrder order) {
        if (activeCodes.putIfAbsent(order.pickupCode(), order.number()) != null) {
            throw new PickupCodeTakenException(order.number(), null);
        }
        insert(order);
    }

    @Override
    public void releasePickupCode(CustomerOrder order) {
        activeCodes.remove(order.pickupCode(), order.number());
    }

    @Override
    public Optional<CustomerOrder> findByCheckoutToken(String token) {
        return first(order -> token.equals(order.checkoutToken()));
    }

    @Override
    public Optional<CustomerOrder> findByNumber(OrderNumber number) {
        return first(order -> order.number().equals(number));
    }

    @Override
    public Optional<CustomerOrder> findByNumberForUpdate(OrderNumber number) {
        return findByNumber(number);
    }

    @Override
    public List<OrderSummary> summaries(CustomerNumber customerNumber, boolean completed, int first, int max) {
        return rows().filter(order -> order.customer().number().equals(customerNumber))
                .filter(order -> order.isCompleted() == completed)
                .sorted(Comparator.comparing(CustomerOrder::number).reversed())
                .skip(first).limit(max)
                .map(InMemoryOrderRepository::summary)
                .toList();
    }

    private static OrderSummary summary(CustomerOrder order) {
        boolean atPoint = order.pickupPoint() != null;
        return new OrderSummary(order.number(), order.placedAt(), order.status(), order.total(), order.itemCount(),
                order.refusedUnits(), order.thumbnailSku(), order.pickupCode(), order.storageDeadline(),
                atPoint ? order.pickupPoint().nameIn(Locale.forLanguageTag("ru")) : null,
                atPoint ? order.pickupPoint().nameIn(Locale.ENGLISH) : null);
    }

    @Override
    public OrderTabs tabs(CustomerNumber customerNumber) {
        return new OrderTabs(count(order -> order.customer().number().equals(customerNumber) && !order.isCompleted()),
                count(order -> order.customer().number().equals(customerNumber) && order.isCompleted()));
    }

    @Override
    public List<CustomerOrder> findActiveByPickupCode(PickupCode code) {
        return rows().filter(order -> order.pickupCode().equals(code) && !order.isCompleted()).toList();
    }

    @Override
    public List<OrderNumber> findStorageEndedBefore(Instant instant, int max) {
        return rows().filter(order -> order.status() == OrderStatus.AWAITING_PICKUP
                        && order.storageDeadline().isBefore(instant))
                .sorted(Comparator.comparing(CustomerOrder::storageDeadline))
                .limit(max).map(CustomerOrder::number).toList();
    }

    @Override
    public List<OrderNumber> findPaymentOverdueAt(Instant instant, int max) {
        return rows().filter(order -> order.status() == OrderStatus.AWAITING_PAYMENT
                        && !order.paymentDeadline().isAfter(instant))
                .sorted(Comparator.comparing(CustomerOrder::paymentDeadline))
                .limit(max).map(CustomerOrder::number).toList();
    }

    @Override
    public long countAwaitingPayment(CustomerNumber customerNumber) {
        return count(order -> order.customer().number().equals(customerNumber) && !order.isCompleted()
                && order.status() == OrderStatus.AWAITING_PAYMENT);
    }

    @Override
    public boolean isPickupCodeInUse(PickupCode code) {
        return !findActiveByPickupCode(code).isEmpty();
    }
}
