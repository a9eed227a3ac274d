package org.orderdesk.web.order;

import jakarta.faces.convert.FacesConverter;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.web.platform.IdentityConverter;

/** Every view parameter and field of type OrderNumber (?number=, ?order=, the ticket form's order list). */
@FacesConverter(forClass = OrderNumber.class)
public class OrderNumberFacesConverter extends IdentityConverter<OrderNumber> {

    public OrderNumberFacesConverter() {
        super(OrderNumber::new, "orderNumber.malformed");
    }
}
