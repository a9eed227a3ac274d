package org.orderdesk.order.domain;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;
import org.orderdesk.customer.domain.CustomerNumber;

/**
 * NNNNNNNN-NNNN: the customer's 8-digit number and that customer's order sequence from 0001. Customers and
 * support read it aloud, so the format is a contract. A value that exists is well formed: services and pages
 * take this type, and text from outside becomes one at the edge (OrderNumberConverter, OrderNumberFacesConverter).
 */
public record OrderNumber(String value) implements Serializable, Comparable<OrderNumber> {

    private static final Pattern FORMAT = Pattern.compile("\\d{8}-\\d{4}");
    public static final int MAX_SEQUENCE = 9999;
    /** Characters in an order number. */
    public static final int LENGTH = 13;

    /** @throws IllegalArgumentException if the text is not NNNNNNNN-NNNN */
    public OrderNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an order number (NNNNNNNN-NNNN): " + value);
        }
    }

    public static OrderNumber of(CustomerNumber customer, int sequence) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("Order sequence out of range 1..9999: " + sequence);
        }
        return new OrderNumber(customer + "-" + String.format("%04d", sequence));
    }

    /** The number the text is, if it is one: for text that may be an order number or something else. */
    public static Optional<OrderNumber> parse(String text) {
        return text != null && FORMAT.matcher(text).matches() ? Optional.of(new OrderNumber(text)) : Optional.empty();
    }

    /** One customer's orders in the order they were placed; the console and My orders list the highest first. */
    @Override
    public int compareTo(OrderNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
