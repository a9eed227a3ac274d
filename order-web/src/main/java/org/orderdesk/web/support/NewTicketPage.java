package org.orderdesk.web.support;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;
import org.orderdesk.order.OrderQueries;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.support.CustomerSupport;
import org.orderdesk.support.TicketRefusedException;
import org.orderdesk.support.domain.SupportTopic;

/**
 * Writing to support: a topic, optionally one of the customer's orders (chosen already when the customer comes
 * from an order page), and the message. View-scoped, so that the posted form finds the same list of orders.
 */
@Named
@ViewScoped
public class NewTicketPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many active and how many completed orders the list offers. */
    private static final int ORDERS_OFFERED = 30;

    @Inject
    private CustomerSupport support;

    @Inject
    private OrderQueries orders;

    /** The order named in the link (?order=), chosen in the list if it is the customer's. */
    private OrderNumber preselected;
    @NotNull(message = "{orderdesk.choose}")
    private SupportTopic topic;
    private OrderNumber orderNumber;
    private final MessageField message = new MessageField();
    private List<OrderNumber> orderNumbers;

    /** The page's view action, on the first request only. */
    public void load() {
        orderNumbers = new ArrayList<>(orders.recentNumbers(ORDERS_OFFERED));
        if (preselected != null && orders.owns(preselected)) {
            if (!orderNumbers.contains(preselected)) {
                orderNumbers.add(0, preselected);
            }
            orderNumber = preselected;
        }
    }

    public String send() {
        if (topic == null) {
            Messages.addError("ticket:topic", "newTicket.chooseTopic");
            return null;
        }
        if (!message.check("ticket:text")) {
            return null;
        }
        try {
            long id = support.open(topic, orderNumber, message.getText());
            Messages.addFlashGlobalInfo("ticket.opened");
            return "/account/ticket?faces-redirect=true&id=" + id;
        } catch (TicketRefusedException refusal) {
            Messages.addError("ticket:order", "ticket.refused." + refusal.reason());
            return null;
        }
    }

    public SupportTopic[] getTopics() {
        return SupportTopic.values();
    }

    public List<OrderNumber> getOrderNumbers() {
        return orderNumbers;
    }

    public OrderNumber getPreselected() {
        return preselected;
    }

    public void setPreselected(OrderNumber preselected) {
        this.preselected = preselected;
    }

    public SupportTopic getTopic() {
        return topic;
    }

    public void setTopic(SupportTopic topic) {
        this.topic = topic;
    }

    public OrderNumber getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(OrderNumber orderNumber) {
        this.orderNumber = orderNumber;
    }

    public MessageField getMessage() {
        return message;
    }
}
