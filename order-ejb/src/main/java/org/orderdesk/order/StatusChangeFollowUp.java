package org.orderdesk.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.function.ToIntFunction;
import org.orderdesk.catalog.ProductRepository;
import org.orderdesk.order.domain.CustomerOrder;
import org.orderdesk.order.domain.OrderEvents;
import org.orderdesk.order.domain.OrderLine;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.order.domain.StatusChange;
import org.orderdesk.payment.PaymentGateway;

/**
 * What follows a status change, whoever made it: goods of a cancelled or returned order, and the units refused at
 * a partial pickup, go back to stock; a completed order's pickup code is given back; a paid order that is cancelled, or partly refused, is refunded, and the customer is mailed where the change matters to them. The order
 * calls it for every change it makes; it runs in the transaction of the change.
 */
@ApplicationScoped
public class StatusChangeFollowUp implements OrderEvents {

    @Inject
    private ProductRepository products;

    @Inject
    private OrderRepository orders;

    @Inject
    private PaymentGateway gateway;

    @Inject
    private OrderStatusMail statusMail;

    @Inject
    private Clock clock;

    @Override
    public void statusChanged(CustomerOrder order, StatusChange change) {
        if (change.to() == OrderStatus.CANCELLED || change.to() == OrderStatus.RETURNED) {
            returnStock(order, OrderLine::quantity);
        } else if (change.to() == OrderStatus.RECEIVED) {
            returnStock(order, OrderLine::refusedQuantity);
        }
        if (order.isRefundDue()) {
            refund(order);
        }
        if (change.to().isFinal()) {
            orders.releasePickupCode(order);
        }
        OrderStatusMail.forStatus(change.to()).ifPresent(kind -> statusMail.queue(kind, order, change.at()));
    }

    /** Locks products in SKU order, as checkout does, so that the two can never deadlock. */
    private void returnStock(CustomerOrder order, ToIntFunction<OrderLine> units) {
        order.lines().stream()
                .filter(line -> units.applyAsInt(line) > 0)
                .sorted(Comparator.comparing(OrderLine::sku))
                .forEach(line -> products.findBySkuForUpdate(line.sku())
                        .ifPresent(product -> product.release(units.applyAsInt(line))));
    }

    /**
     * The refund's key is the order's own: if this transaction rolls back after the gateway gave the money back,
     * cancelling again sends the same key and the gateway answers from its record instead of refunding twice.
     */
    private void refund(CustomerOrder order) {
        if (!gateway.refund(order.refundKey(), order.number().value(), order.refundAmount())) {
            throw new IllegalStateException("The gateway refused to refund order " + order.number());
        }
        order.recordRefund(clock.instant());
    }
}
