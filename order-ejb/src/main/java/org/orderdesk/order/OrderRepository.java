package org.orderdesk.order;

import java.util.List;
import java.util.Optional;

/** Where orders are kept. */
public interface OrderRepository {

    void add(CustomerOrder order);

    Optional<CustomerOrder> findByCheckoutToken(String token);

    Optional<CustomerOrder> findByNumber(String number);

    /** Locks the order's row until the transaction ends: two changes of one order happen one after the other. */
    Optional<CustomerOrder> findByNumberForUpdate(String number);

    /** One customer's active or completed orders, newest first, one page read by the database. */
    List<OrderSummary> summaries(long customerNumber, boolean completed, int first, int max);

    OrderTabs tabs(long customerNumber);

    /** Whether an order that can still be collected already uses this pickup code. */
    boolean isPickupCodeInUse(String code);
}
