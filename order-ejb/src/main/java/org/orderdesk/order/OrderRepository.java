package org.orderdesk.order;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.orderdesk.customer.domain.CustomerNumber;
import org.orderdesk.order.domain.CustomerOrder;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.PickupCode;

/** Where orders are kept. */
public interface OrderRepository {

    /**
     * Stores a new order and claims its pickup code for it (ActivePickupCode), at once, in the caller's transaction.
     *
     * @throws PickupCodeTakenException if an active order holds the code: the transaction can then only roll back
     */
    void add(CustomerOrder order);

    /** Gives the order's pickup code back, once the order reached a final status: a new order may draw it again. */
    void releasePickupCode(CustomerOrder order);

    Optional<CustomerOrder> findByCheckoutToken(String token);

    Optional<CustomerOrder> findByNumber(OrderNumber number);

    /** Locks the order's row until the transaction ends: two changes of one order happen one after the other. */
    Optional<CustomerOrder> findByNumberForUpdate(OrderNumber number);

    /** One customer's active or completed orders, newest first, one page read by the database. */
    List<OrderSummary> summaries(CustomerNumber customerNumber, boolean completed, int first, int max);

    OrderTabs tabs(CustomerNumber customerNumber);

    /** The orders not yet in a final status that carry this pickup code (codes are unique among those). */
    List<CustomerOrder> findActiveByPickupCode(PickupCode code);

    /** Numbers of orders waiting at a pickup point whose storage ended before the instant, oldest deadline first. */
    List<OrderNumber> findStorageEndedBefore(Instant instant, int max);

    /** Numbers of orders still waiting for an online payment whose time ran out by the instant, oldest first. */
    List<OrderNumber> findPaymentOverdueAt(Instant instant, int max);

    /** How many of the customer's orders wait for an online payment. */
    long countAwaitingPayment(CustomerNumber customerNumber);

    /** Whether an order that can still be collected already uses this pickup code. */
    boolean isPickupCodeInUse(PickupCode code);
}
