package org.orderdesk.customer;

import java.time.Instant;
import org.orderdesk.customer.domain.CustomerNumber;

/** One customer as the console lists them. */
public record CustomerRow(CustomerNumber number, String name, String email, String phone, Instant lockedUntil,
                          long orderCount) {

    /** As the console's query reads the row: the customer's id is the number's digits. */
    public CustomerRow(long number, String name, String email, String phone, Instant lockedUntil, long orderCount) {
        this(new CustomerNumber(number), name, email, phone, lockedUntil, orderCount);
    }
}
