package org.orderdesk.customer;

import java.time.Instant;

/** One customer as the console lists them. */
public record CustomerRow(long number, String name, String email, String phone, Instant lockedUntil,
                          long orderCount) {

    public String customerNumber() {
        return CustomerNumber.format(number);
    }
}
