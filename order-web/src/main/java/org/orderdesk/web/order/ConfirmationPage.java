package org.orderdesk.web.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.orderdesk.order.CustomerOrder;
import org.orderdesk.order.OrderQueries;

/**
 * The page after placing (Post/Redirect/Get): the order number first and big, then the pickup code with its QR
 * code and barcode. Only the order's owner sees it; for anyone else the order does not exist.
 */
@Named
@RequestScoped
public class ConfirmationPage extends PlacedOrderView {

    @Inject
    private OrderQueries orders;

    private String orderNumber;
    private CustomerOrder order;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        String email = faces.getExternalContext().getUserPrincipal().getName();
        order = orderNumber == null ? null : orders.ownedBy(email, orderNumber).orElse(null);
        if (order == null) {
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    @Override
    public CustomerOrder getOrder() {
        return order;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }
}
