package org.orderdesk.order;

/** How many of a customer's orders are still going on and how many are over. */
public record OrderTabs(long active, long completed) {
}
