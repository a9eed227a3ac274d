package org.orderdesk.order;

import org.orderdesk.platform.Slice;

/** What My orders shows: both tabs' counts and one page of the chosen tab. */
public record MyOrders(OrderTabs tabs, Slice<OrderSummary> page) {
}
