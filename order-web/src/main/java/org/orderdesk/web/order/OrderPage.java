package org.orderdesk.web.order;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import org.omnifaces.util.Messages;
import org.orderdesk.order.CustomerOrderActions;
import org.orderdesk.order.OrderActionRefusedException;
import org.orderdesk.order.OrderQueries;
import org.orderdesk.order.OrderView;
import org.orderdesk.order.domain.CancelReason;
import org.orderdesk.order.domain.CancellationReason;
import org.orderdesk.order.domain.OrderNumber;

/**
 * One of the customer's orders: the pickup code big and first while it can still be used, the status timeline,
 * items, delivery, payment; cancelling (with a reason and a confirmation step) and extending storage. The page
 * offers only what the order allows, and the service checks it again. View-scoped, so that a posted form finds the
 * same order (and the open cancel form) again; the order itself is read anew for each request.
 */
@Named
@ViewScoped
public class OrderPage extends PlacedOrderView {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrderQueries orders;

    @Inject
    private CustomerOrderActions actions;

    private OrderNumber number;
    private boolean confirmCancel;
    private CancelReason cancelReason;
    @Size(max = 400, message = "{orderdesk.tooLong}")
    private String cancelComment;

    @Override
    public OrderView getOrder() {
        return number == null ? null : readOncePerRequest(() -> orders.ownedBy(number));
    }

    public String cancel() {
        if (cancelReason == null) {
            Messages.addError("cancellation:reason", "orderPage.cancelReasonRequired");
            return null;
        }
        if (cancelReason.needsComment() && (cancelComment == null || cancelComment.isBlank())) {
            Messages.addError("cancellation:comment", "orderPage.cancelCommentRequired");
            return null;
        }
        try {
            actions.cancel(number, CancellationReason.picked(cancelReason, cancelComment));
            Messages.addFlashGlobalInfo("orderPage.cancelled");
        } catch (OrderActionRefusedException refused) {
            return refusal(refused, "orderPage.cancelRefused");
        }
        return backToOrder();
    }

    public String extendStorage() {
        try {
            actions.extendStorage(number);
            Messages.addFlashGlobalInfo("orderPage.storageExtended");
        } catch (OrderActionRefusedException refused) {
            return refusal(refused, "orderPage.extendRefused");
        }
        return backToOrder();
    }

    private String refusal(OrderActionRefusedException refused, String messageKey) {
        if (refused.reason() == OrderActionRefusedException.Reason.NOT_FOUND) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().setResponseStatus(404);
            return "/error/not-found";
        }
        Messages.addFlashGlobalInfo(messageKey);
        return backToOrder();
    }

    private String backToOrder() {
        return "/account/order?faces-redirect=true&number=" + number;
    }

    public boolean isCanExtendStorage() {
        return getOrder().storageExtendable();
    }

    /**
     * Whether the cancel form is there. When it is posted it must be there even if the order has moved on since
     * the page was shown: otherwise JSF would drop the click silently instead of letting the service refuse it.
     */
    public boolean isCancelFormShown() {
        return confirmCancel && (FacesContext.getCurrentInstance().isPostback() || getOrder().cancellableByCustomer());
    }

    /** Like the cancel form: a posted extension is always heard, and refused by the service if it is too late. */
    public boolean isExtendFormShown() {
        return FacesContext.getCurrentInstance().isPostback() || isCanExtendStorage();
    }

    /** Oldest first, as a timeline reads. */
    public List<OrderView.Step> getTimeline() {
        return getOrder().timeline();
    }

    public boolean isAwaitingPayment() {
        return getOrder().awaitingPayment();
    }

    /** The list the customer picks from; JSF refuses a posted value that is not in it. */
    public List<CancelReason> getCancelReasons() {
        return Arrays.stream(CancelReason.values()).filter(CancelReason::isPickable).toList();
    }

    public OrderNumber getNumber() {
        return number;
    }

    public void setNumber(OrderNumber number) {
        this.number = number;
    }

    public boolean isConfirmCancel() {
        return confirmCancel;
    }

    public void setConfirmCancel(boolean confirmCancel) {
        this.confirmCancel = confirmCancel;
    }

    public CancelReason getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(CancelReason cancelReason) {
        this.cancelReason = cancelReason;
    }

    public String getCancelComment() {
        return cancelComment;
    }

    public void setCancelComment(String cancelComment) {
        this.cancelComment = cancelComment;
    }
}
