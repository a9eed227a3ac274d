package org.orderdesk.platform;

import java.util.List;

/** One page (from 1) of a list read from the database, with the size of the whole list. */
public record Slice<T>(List<T> items, long total, int page, int pageSize) {

    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page < pageCount();
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    /** Where a page starts, for the query that reads it. */
    public static int firstRow(int page, int pageSize) {
        return (page - 1) * pageSize;
    }
}
