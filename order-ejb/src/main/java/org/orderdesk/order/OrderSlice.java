package org.orderdesk.order;

import java.util.List;

/** One page of a list of orders, with the size of the whole list. */
public record OrderSlice(List<OrderSummary> orders, long total, int page, int pageSize) {

    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page < pageCount();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
