package org.orderdesk.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.orderdesk.customer.CustomerContact;
import org.orderdesk.order.domain.CancellationReason;
import org.orderdesk.order.domain.CustomerOrder;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.order.domain.StatusChange;

/**
 * An order as the console's order page shows it: what every page shows of it, who ordered it, the whole history
 * with who made each change (newest first: operators look at what happened last), and the statuses an operator
 * may move it to. Made in the read model's transaction, like {@link OrderView}.
 */
public record ConsoleOrderView(OrderView order, CustomerContact customer, List<Change> history,
                               Set<OrderStatus> moves) {

    /** One change of status: from what (null for the first), to what, when, by whom and, for a cancellation, why. */
    public record Change(Instant at, OrderStatus from, OrderStatus to, String by,
                         CancellationReason cancellationReason) {

        static Change of(StatusChange change) {
            return new Change(change.at(), change.from(), change.to(), change.by(), change.cancellationReason());
        }
    }

    static ConsoleOrderView of(CustomerOrder order, Instant now) {
        List<Change> newestFirst = new ArrayList<>(order.history().stream().map(Change::of).toList());
        Collections.reverse(newestFirst);
        return new ConsoleOrderView(OrderView.of(order, now), CustomerContact.of(order.customer()), List.copyOf(newestFirst),
                Set.copyOf(order.operatorMoves()));
    }
}
