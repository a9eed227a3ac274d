package org.orderdesk.web.order;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.orderdesk.order.CustomerOrder;
import org.orderdesk.order.DeliveryMethod;
import org.orderdesk.web.i18n.LanguageSelection;

/** What every page showing a placed order says about it, in the page's language. */
public abstract class PlacedOrderView {

    @Inject
    private LanguageSelection language;

    public abstract CustomerOrder getOrder();

    public boolean isPickup() {
        return getOrder().deliveryMethod() == DeliveryMethod.PICKUP_POINT;
    }

    public String getDeliveryText() {
        Locale locale = language.getLocale();
        CustomerOrder order = getOrder();
        return isPickup()
                ? order.pickupPoint().nameIn(locale) + ", " + order.pickupPoint().addressIn(locale)
                : order.deliveryAddress().asLine();
    }

    public String getHoursText() {
        return isPickup() ? getOrder().pickupPoint().openingHoursIn(language.getLocale()) : "";
    }

    public List<CartItem> getLines() {
        return CartItem.linesOf(getOrder(), language.getLocale());
    }

    public String getTotalText() {
        return getOrder().total().format(language.getLocale());
    }

    public String getDeliveryPriceText() {
        return getOrder().deliveryPrice().format(language.getLocale());
    }
}
