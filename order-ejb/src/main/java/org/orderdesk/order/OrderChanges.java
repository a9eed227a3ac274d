package org.orderdesk.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import org.orderdesk.catalog.ProductRepository;

/**
 * What follows a status change, whoever made it: goods of a cancelled or returned order go back to stock, and the
 * customer is mailed where the change matters to them. Runs in the transaction of the change.
 */
@ApplicationScoped
public class OrderChanges {

    @Inject
    private ProductRepository products;

    @Inject
    private OrderStatusMail statusMail;

    public void followUp(CustomerOrder order, Instant now) {
        if (order.status() == OrderStatus.CANCELLED || order.status() == OrderStatus.RETURNED) {
            returnStock(order);
        }
        OrderStatusMail.forStatus(order.status()).ifPresent(kind -> statusMail.queue(kind, order, now));
    }

    /** Locks products in SKU order, as checkout does, so that the two can never deadlock. */
    private void returnStock(CustomerOrder order) {
        order.lines().stream()
                .sorted(Comparator.comparing(OrderLine::sku))
                .forEach(line -> products.findBySkuForUpdate(line.sku())
                        .ifPresent(product -> product.release(line.quantity())));
    }
}
