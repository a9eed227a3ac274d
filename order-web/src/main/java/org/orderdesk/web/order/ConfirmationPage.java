package org.orderdesk.web.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.orderdesk.order.CustomerOrder;
import org.orderdesk.order.DeliveryMethod;
import org.orderdesk.order.OrderQueries;
import org.orderdesk.web.i18n.LanguageSelection;

/**
 * The page after placing (Post/Redirect/Get): the order number first and big, then the pickup code with its QR
 * code and barcode. Only the order's owner sees it; for anyone else the order does not exist.
 */
@Named
@RequestScoped
public class ConfirmationPage {

    @Inject
    private OrderQueries orders;

    @Inject
    private LanguageSelection language;

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

    public CustomerOrder getOrder() {
        return order;
    }

    public boolean isPickup() {
        return order.deliveryMethod() == DeliveryMethod.PICKUP_POINT;
    }

    public String getDeliveryText() {
        Locale locale = language.getLocale();
        return isPickup()
                ? order.pickupPoint().nameIn(locale) + ", " + order.pickupPoint().addressIn(locale)
                : order.deliveryAddress().asLine();
    }

    public String getHoursText() {
        return isPickup() ? order.pickupPoint().openingHoursIn(language.getLocale()) : "";
    }

    public List<CartItem> getLines() {
        Locale locale = language.getLocale();
        return order.lines().stream()
                .map(l -> new CartItem(l.sku(), l.nameIn(locale), l.unitPrice(), l.quantity(), l.quantity(), locale))
                .toList();
    }

    public String getTotalText() {
        return order.total().format(language.getLocale());
    }

    public String getDeliveryPriceText() {
        return order.deliveryPrice().format(language.getLocale());
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }
}
