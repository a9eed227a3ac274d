package org.orderdesk.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.orderdesk.customer.domain.Customer;
import org.orderdesk.customer.domain.DeliveryAddress;
import org.orderdesk.pickup.domain.PickupPoint;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.Role;
import org.orderdesk.shared.LocalizedText;
import org.orderdesk.shared.Money;

/**
 * Random sequences of what customers, operators, the pickup desk and the timed jobs do to an order, tried many
 * times: whatever the order, no sequence gets an order paid online past its payment, and the goods come back to
 * stock exactly once if and only if the order ends cancelled or returned, refused units of a partial pickup come
 * back once, and what the customer paid minus what was refunded is always what they took. Seeds are fixed, so a
 * failure repeats.
 */
class OrderRulesPropertyTest {

    private static final int SEQUENCES = 2_000;
    private static final int STEPS = 14;
    private static final Instant PLACED = Instant.parse("2026-11-30T10:00:00Z");
    private static final String CUSTOMER = "anna@example.com";
    private static final String OPERATOR = "operator@shop";

    /** One thing someone may try, at a moment; it may be refused, as the real callers may be. */
    private record Move(String name, BiConsumer<Attempt, Instant> action) {
    }

    /** The order under test and what its follow-ups did to the world outside it. */
    private static final class Attempt implements OrderEvents {
        final CustomerOrder order;
        final Money placedTotal;
        int unitsReturned;
        int refunds;
        Money refunded = Money.ZERO;

        Attempt(CustomerOrder order) {
            this.order = order;
            this.placedTotal = order.total();
        }

        /** Like the application's follow-up: goods back to stock, and money back when a refund is due. */
        @Override
        public void statusChanged(CustomerOrder changed, StatusChange change) {
            if (change.to() == OrderStatus.CANCELLED || change.to() == OrderStatus.RETURNED) {
                unitsReturned += changed.itemCount();
            } else if (change.to() == OrderStatus.RECEIVED) {
                unitsReturned += changed.refusedUnits();
            }
            if (changed.isRefundDue()) {
                refunded = refunded.plus(changed.refundAmount());
                changed.recordRefund(change.at());
                refunds++;
            }
        }
    }

    private static final List<Move> MOVES = List.of(
            new Move("pay", (a, at) -> a.order.recordPayment("4242", CUSTOMER, at, a)),
            new Move("decline", (a, at) -> a.order.recordDeclinedPayment("0002")),
            new Move("customer cancels", (a, at) -> a.order.cancelByCustomer(
                    CancellationReason.picked(CancelReason.CHANGED_MIND, null), CUSTOMER, at, a)),
            new Move("operator cancels", (a, at) -> a.order.cancel(CancellationReason.inWords("no stock"), OPERATOR, at, a)),
            new Move("hand to delivery", (a, at) -> a.order.handToDelivery(OPERATOR, at, a)),
            new Move("in transit", (a, at) -> a.order.startTransit(OPERATOR, at, a)),
            new Move("at the point", (a, at) -> a.order.arriveAtPickupPoint(OPERATOR, at, a)),
            new Move("with courier", (a, at) -> a.order.giveToCourier(OPERATOR, at, a)),
            new Move("delivered", (a, at) -> a.order.deliver(OPERATOR, at, a)),
            new Move("desk hands over", (a, at) -> a.order.handOverAtPickupPoint(OPERATOR, at, a)),
            new Move("desk hands over part", (a, at) -> a.order.handOverAtPickupPoint(
                    List.of(new Refusal(0, 1 + (int) (at.getEpochSecond() / 60 % a.order.itemCount()), RefusalReason.DAMAGED)),
                    OPERATOR, at, a)),
            new Move("storage job returns", (a, at) -> a.order.returnFromPickupPoint("system", at, a)),
            new Move("payment job cancels", (a, at) -> a.order.cancelUnpaid(at, a)));

    @Test
    void noSequenceOfMovesPassesThePaymentOrLosesOrDoublesStock() {
        for (long seed = 1; seed <= SEQUENCES; seed++) {
            Random random = new Random(seed);
            Attempt attempt = new Attempt(randomOrder(random));
            Instant now = PLACED;
            StringBuilder trail = new StringBuilder("seed " + seed + ", " + attempt.order.paymentMethod() + ":");
            for (int step = 0; step < STEPS; step++) {
                now = now.plus(Duration.ofMinutes(random.nextInt(20)));
                Move move = MOVES.get(random.nextInt(MOVES.size()));
                trail.append(' ').append(move.name()).append(tryMove(move, attempt, now) ? "" : " (refused)");
                assertRulesHold(attempt, trail.toString());
            }
        }
    }

    private static boolean tryMove(Move move, Attempt attempt, Instant now) {
        try {
            move.action().accept(attempt, now);
            return true;
        } catch (IllegalStatusChangeException | IllegalStateException refused) {
            return false;
        }
    }

    private static void assertRulesHold(Attempt attempt, String trail) {
        CustomerOrder order = attempt.order;
        boolean paid = order.paymentState() == PaymentState.PAID || order.paymentState() == PaymentState.REFUNDED;
        if (order.paymentMethod().isPaidOnline() && !paid) {
            assertFalse(order.status().needsPayment(), trail);
        }
        boolean goodsBack = order.status() == OrderStatus.CANCELLED || order.status() == OrderStatus.RETURNED;
        assertEquals(goodsBack ? order.itemCount() : order.refusedUnits(), attempt.unitsReturned, trail);
        assertTrue(attempt.refunds <= 1, trail);
        if (goodsBack && order.paymentMethod().isPaidOnline() && paid) {
            assertEquals(PaymentState.REFUNDED, order.paymentState(), "what went back is paid back: " + trail);
        }
        assertEquals(order.paymentState() == PaymentState.REFUNDED || order.partialRefund() != null
                && order.refundedAt() != null ? 1 : 0, attempt.refunds, trail);
        if (order.status() == OrderStatus.RECEIVED) {
            Money taken = order.lines().stream().map(line -> line.unitPrice().times(line.takenQuantity()))
                    .reduce(Money.ZERO, Money::plus);
            assertEquals(taken.plus(order.deliveryPrice()), order.total(), trail);
            if (order.paymentMethod().isPaidOnline()) {
                assertEquals(order.total(), attempt.placedTotal.minus(attempt.refunded), trail);
            }
        }
        List<StatusChange> history = order.history();
        for (int i = 1; i < history.size(); i++) {
            StatusChange step = history.get(i);
            assertEquals(history.get(i - 1).to(), step.from(), trail);
            assertTrue(step.from().next(order.deliveryMethod()).contains(step.to()), trail);
        }
        assertEquals(order.status(), history.get(history.size() - 1).to(), trail);
    }

    private static CustomerOrder randomOrder(Random random) {
        Customer customer = new Customer(new Account(CUSTOMER, "Anna", "hash", Role.CUSTOMER), null, "ru");
        PaymentMethod payment = PaymentMethod.values()[random.nextInt(PaymentMethod.values().length)];
        CustomerOrder.Builder order = CustomerOrder.builder()
                .number(new OrderNumber("10000001-0001")).checkoutToken("token").customer(customer, CUSTOMER).pickupCode(new PickupCode("12345678"))
                .line(new OrderLine("KIT-001", new LocalizedText("Чайник", "Kettle"), Money.rubles("1000.00"),
                        1 + random.nextInt(3)))
                .payment(payment).placedAt(PLACED).paymentWindow(Duration.ofMinutes(30));
        if (random.nextBoolean()) {
            LocalizedText text = new LocalizedText("Пункт", "Point");
            order.pickupAt(new PickupPoint("MSK-01", text, text, text, text));
        } else {
            order.courierTo(new DeliveryAddress("Москва", "Тверская", "1", null, "125009"));
        }
        return order.build();
    }
}
