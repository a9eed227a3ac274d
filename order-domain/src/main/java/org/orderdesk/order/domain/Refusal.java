package org.orderdesk.order.domain;

/** Units of one order line the customer refused at the desk, and why. */
public record Refusal(int line, int units, RefusalReason reason) {

    public Refusal {
        if (line < 0 || units <= 0 || reason == null) {
            throw new IllegalArgumentException("A refusal needs a line, a positive number of units and a reason");
        }
    }
}
