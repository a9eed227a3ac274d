package org.orderdesk.order;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What an operator looks for: text (an order number, a pickup code or customer number, or part of an e-mail or
 * name), a status, and the days the order was placed on, read in the operator's time zone. Blank parts match all.
 */
public record OrderCriteria(String text, OrderStatus status, LocalDate placedFrom, LocalDate placedTo, ZoneId zone) {

    public String trimmedText() {
        return text == null ? "" : text.strip();
    }
}
