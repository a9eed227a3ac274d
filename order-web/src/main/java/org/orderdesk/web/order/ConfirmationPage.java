package org.orderdesk.web.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.orderdesk.order.OrderQueries;
import org.orderdesk.order.OrderView;
import org.orderdesk.order.domain.OrderNumber;

/**
 * The page after placing (Post/Redirect/Get): the order number first and big, then the pickup code with its QR
 * code and barcode. Only the order's owner sees it; for anyone else the order does not exist.
 */
@Named
@RequestScoped
public class ConfirmationPage extends PlacedOrderView {

    @Inject
    private OrderQueries orders;

    private OrderNumber orderNumber;

    @Override
    public OrderView getOrder() {
        return orderNumber == null ? null : readOncePerRequest(() -> orders.ownedBy(orderNumber));
    }

    public OrderNumber getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(OrderNumber orderNumber) {
        this.orderNumber = orderNumber;
    }
}
