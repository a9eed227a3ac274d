package org.orderdesk.web.order;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.orderdesk.order.OrderQueries;
import org.orderdesk.order.OrderView;
import org.orderdesk.order.PaymentService;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.payment.PaymentRefusedException;
import org.orderdesk.payment.SandboxPaymentGateway;
import org.orderdesk.web.i18n.Formats;
import org.orderdesk.web.i18n.LanguageSelection;

/** Paying an order online; a declined card can be retried as often as the customer likes. */
@Named
@ViewScoped
public class PaymentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrderQueries orders;

    @Inject
    private PaymentService payments;

    @Inject
    private LanguageSelection language;

    @Inject
    private Formats formats;

    private OrderNumber orderNumber;
    private String totalText;
    private String deadlineText;

    @NotBlank(message = "{orderdesk.required}")
    @Pattern(regexp = "[0-9 -]{12,23}", message = "{orderdesk.cardNumber}")
    private String cardNumber;

    /** f:viewAction: only the owner's order that still awaits payment; anything else is "not found". */
    public String load() {
        OrderView order = orderNumber == null ? null : orders.ownedBy(orderNumber).orElse(null);
        if (order == null) {
            Faces.responseSendError(404, "");
            return null;
        }
        if (!order.awaitingPayment()) {
            return confirmation();
        }
        totalText = order.total().format(language.getLocale());
        deadlineText = formats.dateTime(order.payment().deadline());
        return null;
    }

    /**
     * A second tab, a double click or an old page finds the order paid: the customer sees it paid, with the order,
     * and is never charged again.
     */
    public String pay() {
        try {
            if (payments.pay(orderNumber, cardNumber)) {
                return confirmation();
            }
            Messages.addError("payment:cardNumber", "payment.declined");
            return null;
        } catch (PaymentRefusedException refused) {
            return switch (refused.reason()) {
                case ALREADY_PAID -> withMessage(refused.messageKey(), confirmation());
                case NO_LONGER_PAYABLE -> withMessage(refused.messageKey(),
                        "/account/order?faces-redirect=true&number=" + orderNumber);
                case NOT_FOUND -> notFound();
            };
        }
    }

    private static String withMessage(String key, String outcome) {
        Messages.addFlashGlobalInfo(key);
        return outcome;
    }

    private static String notFound() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        return "/error/not-found";
    }

    private String confirmation() {
        return "/shop/confirmation?faces-redirect=true&order=" + orderNumber;
    }

    public boolean isSandbox() {
        return payments.isSandbox();
    }

    public String getApprovedTestCard() {
        return SandboxPaymentGateway.APPROVED_CARD.replaceAll("(\\d{4})(?=\\d)", "$1 ");
    }

    public String getDeclinedTestCard() {
        return SandboxPaymentGateway.DECLINED_CARD.replaceAll("(\\d{4})(?=\\d)", "$1 ");
    }

    public OrderNumber getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(OrderNumber orderNumber) {
        this.orderNumber = orderNumber;
    }

    public String getDeadlineText() {
        return deadlineText;
    }

    public String getTotalText() {
        return totalText;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public void setCardNumber(String cardNumber) {
        this.cardNumber = cardNumber;
    }
}
