package org.orderdesk.order;

import java.time.Instant;
import org.orderdesk.order.domain.PickupCode;
import org.orderdesk.shared.LocalizedText;

/** What a customer needs at the counter of the pickup point where their order waits: where, until when, the code. */
public record ReadyForPickup(LocalizedText pointName, Instant keptUntil, PickupCode pickupCode) {
}
