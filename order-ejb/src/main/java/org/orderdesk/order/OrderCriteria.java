package org.orderdesk.order;

import java.time.LocalDate;
import java.time.ZoneId;
import org.orderdesk.order.domain.OrderStatus;

/**
 * What an operator looks for: text (an order number, a pickup code or customer number, or part of an e-mail or
 * name), a status, the days the order was placed on, and the day its storage at the pickup point ends (the
 * dashboard's "storage ends today"). Days are read in the operator's time zone. Blank parts match all.
 */
public record OrderCriteria(String text, OrderStatus status, LocalDate placedFrom, LocalDate placedTo,
                            LocalDate storageEndsOn, ZoneId zone) {

    public String trimmedText() {
        return text == null ? "" : text.strip();
    }
}
