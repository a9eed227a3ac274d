package org.orderdesk.order.domain;

import java.io.Serializable;
import java.util.List;
import org.orderdesk.shared.Money;

/**
 * The money of a hand-over at the desk, worked out before the customer pays: what the taken units cost, what
 * delivery costs, what is still to pay at the counter and what goes back to a card paid online.
 *
 * <p>Delivery (docs/DECISIONS.md, "Partial pickup"): the delivery price fixed at placing is charged in full as
 * soon as one unit is taken, because the parcel travelled whole; nothing is charged for delivery when everything
 * is refused, as when nobody collects the order.
 */
public record PickupSettlement(int takenUnits, Money takenGoods, Money delivery, Money dueAtCounter, Money refund)
        implements Serializable {

    /** What handing over {@code order} with these refusals costs; the refusals must fit the order's lines. */
    public static PickupSettlement of(CustomerOrder order, List<Refusal> refusals) {
        int[] refused = refusedPerLine(order, refusals);
        Money taken = Money.ZERO;
        int takenUnits = 0;
        for (int i = 0; i < refused.length; i++) {
            OrderLine line = order.lines().get(i);
            taken = taken.plus(line.unitPrice().times(line.quantity() - refused[i]));
            takenUnits += line.quantity() - refused[i];
        }
        Money delivery = takenUnits == 0 ? Money.ZERO : order.deliveryPrice();
        Money payable = taken.plus(delivery);
        if (order.paymentState() == PaymentState.ON_RECEIPT) {
            return new PickupSettlement(takenUnits, taken, delivery, payable, Money.ZERO);
        }
        // Paid online: the customer has paid the whole order, and gets back what they did not take.
        return new PickupSettlement(takenUnits, taken, delivery, Money.ZERO, order.total().minus(payable));
    }

    /** Refused units per line, checked: at most a line's quantity, each line at most once. */
    static int[] refusedPerLine(CustomerOrder order, List<Refusal> refusals) {
        int[] refused = new int[order.lines().size()];
        for (Refusal refusal : refusals) {
            if (refusal.line() >= refused.length || refused[refusal.line()] != 0
                    || refusal.units() > order.lines().get(refusal.line()).quantity()) {
                throw new IllegalArgumentException("Refusal " + refusal + " does not fit order " + order.number());
            }
            refused[refusal.line()] = refusal.units();
        }
        return refused;
    }

    public boolean takesNothing() {
        return takenUnits == 0;
    }
}
