package org.orderdesk.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Messages;
import org.orderdesk.order.ConsoleOrderView;
import org.orderdesk.order.OrderActionRefusedException;
import org.orderdesk.order.OrderOperations;
import org.orderdesk.order.OrderSearch;
import org.orderdesk.order.OrderView;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.web.order.PlacedOrderView;
import org.orderdesk.web.platform.MessageTexts;

/**
 * An order as the operator sees it: customer, items, delivery, payment, the whole history with who made each
 * change, and a button for each status the order may move to next. OrderOperations decides whether a move is
 * allowed, whatever the page or a crafted request says.
 * View-scoped, so that a button's form finds the same order when it is posted back.
 */
@Named
@ViewScoped
public class AdminOrderPage extends PlacedOrderView {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrderSearch search;

    @Inject
    private OrderOperations operations;

    private OrderNumber number;
    @Size(max = OrderOperations.MAX_REASON, message = "{orderdesk.tooLong}")
    private String cancelReason;

    @Override
    public OrderView getOrder() {
        ConsoleOrderView order = getConsoleOrder();
        return order == null ? null : order.order();
    }

    /** The order with what only the console shows of it: its customer, its whole history, the moves allowed. */
    public ConsoleOrderView getConsoleOrder() {
        return number == null ? null : readOncePerRequest(() -> search.order(number));
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }

    /**
     * Whether the page offers a move to this status: when the status machine allows it. On a postback every button
     * is there, so that a click on a move that is no longer allowed (or a crafted one) reaches OrderOperations and
     * is refused with a message, instead of being dropped silently by JSF.
     */
    public boolean offers(OrderStatus next) {
        return FacesContext.getCurrentInstance().isPostback()
                || next != OrderStatus.CANCELLED && allowsMoveTo(next);
    }

    /** Cancelling has a form of its own: it needs a reason. */
    public boolean isCancelFormShown() {
        return FacesContext.getCurrentInstance().isPostback() || allowsMoveTo(OrderStatus.CANCELLED);
    }

    public boolean isFinal() {
        return getOrder().status().isFinal();
    }

    private boolean allowsMoveTo(OrderStatus next) {
        return getConsoleOrder().moves().contains(next);
    }

    public String move(OrderStatus next) {
        return change(next, null);
    }

    public String cancel() {
        if (cancelReason == null || cancelReason.isBlank()) {
            Messages.addError("cancel:reason", "admin.order.reasonRequired");
            return null;
        }
        return change(OrderStatus.CANCELLED, cancelReason);
    }

    private String change(OrderStatus next, String reason) {
        try {
            operations.moveTo(number, next, reason);
        } catch (OrderActionRefusedException refusal) {
            return refused(refusal.reason());
        }
        Messages.addFlashGlobalInfo("admin.order.moved", MessageTexts.text("status." + next));
        return "/admin/order?faces-redirect=true&number=" + number;
    }

    private String refused(OrderActionRefusedException.Reason reason) {
        Messages.addError(null, "admin.order.refused." + reason);
        return null;
    }

    public OrderNumber getNumber() {
        return number;
    }

    public void setNumber(OrderNumber number) {
        this.number = number;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
