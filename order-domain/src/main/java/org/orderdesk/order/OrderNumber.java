package org.orderdesk.order;

import java.util.regex.Pattern;
import org.orderdesk.customer.CustomerNumber;

/**
 * NNNNNNNN-NNNN: the customer's 8-digit number and that customer's order sequence from 0001. Customers and
 * support read it aloud, so the format is a contract.
 */
public final class OrderNumber {

    public static final Pattern FORMAT = Pattern.compile("\\d{8}-\\d{4}");
    public static final int MAX_SEQUENCE = 9999;
    /** Characters in an order number. */
    public static final int LENGTH = 13;

    private OrderNumber() {
    }

    public static String of(long customerNumber, int sequence) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("Order sequence out of range 1..9999: " + sequence);
        }
        return CustomerNumber.format(customerNumber) + "-" + String.format("%04d", sequence);
    }

    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }
}
