package org.orderdesk.web.order;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.orderdesk.order.OrderView;
import org.orderdesk.web.i18n.Formats;
import org.orderdesk.web.i18n.LanguageSelection;
import org.orderdesk.web.platform.FacesMessages;
import org.orderdesk.web.platform.NotFound;
import org.orderdesk.web.platform.PerRequest;

/**
 * What every page showing a placed order says about it, in the page's language. The page reads the order's view
 * once per request; the Facelets read that record, never the order itself.
 */
public abstract class PlacedOrderView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LanguageSelection language;

    @Inject
    private Formats formats;

    public abstract OrderView getOrder();

    /** The page's view action: an order that does not exist, or that the caller may not see, answers 404. */
    public void load() throws IOException {
        if (getOrder() == null) {
            NotFound.send();
        }
    }

    /** The view read once per request (see PerRequest): a view-scoped page shows the order as it is now. */
    protected <T> T readOncePerRequest(Supplier<Optional<T>> reader) {
        return PerRequest.get(getClass(), () -> reader.get().orElse(null));
    }

    public boolean isPickup() {
        return getOrder().delivery().pickup();
    }

    public String getDeliveryText() {
        return isPickup() ? getPointNameText() + ", " + getPointAddressText() : getOrder().delivery().courierAddress();
    }

    public String getPointNameText() {
        return isPickup() ? getOrder().delivery().point().name().in(language.getLocale()) : "";
    }

    public String getPointAddressText() {
        return isPickup() ? getOrder().delivery().point().address().in(language.getLocale()) : "";
    }

    public String getHoursText() {
        return isPickup() ? getOrder().delivery().point().openingHours().in(language.getLocale()) : "";
    }

    public List<CartItem> getLines() {
        return CartItem.linesOf(getOrder(), language.getLocale());
    }

    public String getTotalText() {
        return getOrder().total().format(language.getLocale());
    }

    /** What was given back: the refused units of a partial pickup, or the whole total of a cancelled order. */
    public String getRefundText() {
        return getOrder().refundAmount().format(language.getLocale());
    }

    /** "Refused: Kettle × 1 (Damaged)", one per line the customer refused units of at the desk. */
    public List<String> getRefusals() {
        return getOrder().lines().stream()
                .filter(line -> line.refusedQuantity() > 0)
                .map(line -> FacesMessages.text("order.refusedLine", line.name().in(language.getLocale()),
                        line.refusedQuantity(), FacesMessages.text("refusalReason." + line.refusalReason())))
                .toList();
    }

    public String getDeliveryPriceText() {
        return formats.deliveryPrice(getOrder().delivery().price());
    }
}
