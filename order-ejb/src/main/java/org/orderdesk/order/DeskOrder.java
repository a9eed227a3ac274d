package org.orderdesk.order;

import java.io.Serializable;
import java.util.List;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.PaymentMethod;
import org.orderdesk.order.domain.PaymentState;
import org.orderdesk.shared.Money;

/** An order as the pickup desk shows it: what to hand over, to whom, and what is still to be paid. */
public record DeskOrder(OrderNumber number, String customerName, List<Item> items, Money total, PaymentMethod paymentMethod,
                        PaymentState paymentState) implements Serializable {

    /** One line to take from the shelf. */
    public record Item(String sku, String nameRu, String nameEn, int quantity) implements Serializable {
    }

    public boolean isToBePaid() {
        return paymentState == PaymentState.ON_RECEIPT;
    }
}
