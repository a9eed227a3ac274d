package org.orderdesk.order;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;

/** Reading orders on behalf of their owner: another customer's order is as absent as one that does not exist. */
@Stateless
public class OrderQueries {

    @Inject
    private OrderRepository orders;

    public Optional<CustomerOrder> ownedBy(@NotBlank String customerEmail, @NotBlank String orderNumber) {
        return orders.findByNumber(orderNumber)
                .filter(order -> order.customer().account().email().equals(customerEmail.toLowerCase()))
                .map(OrderQueries::loaded);
    }

    /** Touches the lazy parts while the transaction is open, so pages can show them. */
    private static CustomerOrder loaded(CustomerOrder order) {
        order.lines().size();
        order.history().size();
        if (order.pickupPoint() != null) {
            order.pickupPoint().code();
        }
        return order;
    }
}
