package org.orderdesk.order;

import java.time.Instant;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.platform.Slice;

/**
 * What the console's order search found: the one order the text names exactly (to open it at once), or a page of
 * the list. When the operator has looked up too many pickup codes in vain, a code-shaped text is looked up no
 * more until {@code codesPausedUntil}: the list is empty then.
 */
public record OrderSearchResult(OrderNumber exactNumber, Slice<OrderListing> slice, Instant codesPausedUntil) {
}
