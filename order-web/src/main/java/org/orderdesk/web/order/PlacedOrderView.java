package org.orderdesk.web.order;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;
import org.orderdesk.order.OrderView;
import org.orderdesk.web.i18n.Formats;
import org.orderdesk.web.i18n.LanguageSelection;
import org.orderdesk.web.platform.MessageTexts;

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
    public void load() {
        if (getOrder() == null) {
            Faces.responseSendError(404, "");
        }
    }

    /**
     * The view read once per request and kept for the rest of it: a view-scoped page keeps only the number, so it
     * shows the order as it is now, not as it was when the view was first rendered, and its many EL references cost
     * one read.
     */
    protected <T> T readOncePerRequest(Supplier<Optional<T>> reader) {
        return Faces.getContextAttribute(getClass().getName(), () -> reader.get().orElse(null));
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
                .map(line -> MessageTexts.text("order.refusedLine", line.name().in(language.getLocale()),
                        line.refusedQuantity(), MessageTexts.text("refusalReason." + line.refusalReason())))
                .toList();
    }

    public String getDeliveryPriceText() {
        return formats.deliveryPrice(getOrder().delivery().price());
    }
}
