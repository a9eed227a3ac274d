package org.orderdesk.order;

import java.time.Instant;
import java.util.List;
import org.orderdesk.order.domain.CancellationReason;
import org.orderdesk.order.domain.CustomerOrder;
import org.orderdesk.order.domain.DeliveryMethod;
import org.orderdesk.order.domain.OrderLine;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.order.domain.PaymentMethod;
import org.orderdesk.order.domain.PaymentState;
import org.orderdesk.order.domain.PickupCode;
import org.orderdesk.order.domain.RefusalReason;
import org.orderdesk.order.domain.StatusChange;
import org.orderdesk.pickup.PickupPointView;
import org.orderdesk.shared.LocalizedText;
import org.orderdesk.shared.Money;

/**
 * A placed order as its pages show it: the customer's order page and confirmation, the payment page, and the
 * console's order page (in {@link ConsoleOrderView}). Made from the order inside the service's transaction, so that
 * rendering loads nothing lazily and a page that refers to the order dozens of times reads it once
 * (docs/DECISIONS.md, "Pages read view models"). What the order decides (whether its code still counts, whether
 * the customer may cancel it or extend its storage) is asked of the order, not worked out again here. Names stay
 * in both languages: the page picks its own.
 *
 * @param storageDeadline     until when the pickup point keeps the order, if it waits there or did
 * @param storageExtendable   whether the customer may extend the storage now
 * @param refundAmount        what goes, or went, back to the card: refused units, or else the whole total
 * @param refundedAt          when the money went back, if it did
 */
public record OrderView(OrderNumber number, OrderStatus status, Instant placedAt, boolean completed,
                        boolean cancellableByCustomer, List<Line> lines, Money total, Delivery delivery,
                        Payment payment, PickupCode pickupCode, boolean pickupCodeValid, Instant storageDeadline,
                        boolean storageExtendable, PartialPickup partialPickup, List<Step> timeline,
                        Money refundAmount, Instant refundedAt) {

    /** One line, at the price it was bought for, with the units refused at the desk (and why) if any were. */
    public record Line(String sku, LocalizedText name, Money unitPrice, int quantity, Money lineTotal,
                       int refusedQuantity, RefusalReason refusalReason) {

        static Line of(OrderLine line) {
            return new Line(line.sku(), line.name(), line.unitPrice(), line.quantity(), line.lineTotal(),
                    line.refusedQuantity(), line.refusalReason());
        }
    }

    /** How the order travels: to a pickup point, or by courier to an address (as one line). */
    public record Delivery(DeliveryMethod method, PickupPointView point, String courierAddress, Money price) {

        public boolean pickup() {
            return method == DeliveryMethod.PICKUP_POINT;
        }
    }

    /**
     * How the order is paid and how far that got.
     *
     * @param deadline     until when an order paid online waits for its payment (null for orders paid on receipt)
     * @param dueOnReceipt what the customer still pays when receiving the order
     */
    public record Payment(PaymentMethod method, PaymentState state, String cardLastDigits, Instant deadline,
                          Money dueOnReceipt) {
    }

    /** What the customer took at the desk out of what they ordered, and what went back for the rest. */
    public record PartialPickup(int itemCount, int refusedUnits, int takenUnits, boolean receivedPartially,
                                Money partialRefund) {
    }

    /** One status the order reached, as the customer's timeline shows it. */
    public record Step(OrderStatus to, Instant at, CancellationReason cancellationReason) {

        static Step of(StatusChange change) {
            return new Step(change.to(), change.at(), change.cancellationReason());
        }
    }

    /** The view of the order as it is at this instant (whether its storage may be extended depends on it). */
    static OrderView of(CustomerOrder order, Instant now) {
        return new OrderView(order.number(), order.status(), order.placedAt(), order.isCompleted(),
                order.isCancellableByCustomer(), order.lines().stream().map(Line::of).toList(), order.total(),
                deliveryOf(order), paymentOf(order), order.pickupCode(), order.isPickupCodeValid(),
                order.storageDeadline(), order.canExtendStorage(now), partialPickupOf(order),
                order.history().stream().map(Step::of).toList(), order.refundAmount(), order.refundedAt());
    }

    private static Delivery deliveryOf(CustomerOrder order) {
        return new Delivery(order.deliveryMethod(),
                order.pickupPoint() == null ? null : PickupPointView.of(order.pickupPoint()),
                order.deliveryAddress() == null ? null : order.deliveryAddress().asLine(), order.deliveryPrice());
    }

    private static Payment paymentOf(CustomerOrder order) {
        return new Payment(order.paymentMethod(), order.paymentState(), order.cardLastDigits(),
                order.paymentDeadline(), order.amountDueOnReceipt());
    }

    private static PartialPickup partialPickupOf(CustomerOrder order) {
        return new PartialPickup(order.itemCount(), order.refusedUnits(), order.takenUnits(),
                order.isReceivedPartially(), order.partialRefund());
    }

    public boolean awaitingPayment() {
        return status == OrderStatus.AWAITING_PAYMENT;
    }
}
