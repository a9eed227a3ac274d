package org.orderdesk.order;

import java.util.Optional;

/** Where orders are kept. */
public interface OrderRepository {

    void add(CustomerOrder order);

    Optional<CustomerOrder> findByCheckoutToken(String token);

    Optional<CustomerOrder> findByNumber(String number);

    /** Whether an order that can still be collected already uses this pickup code. */
    boolean isPickupCodeInUse(String code);
}
