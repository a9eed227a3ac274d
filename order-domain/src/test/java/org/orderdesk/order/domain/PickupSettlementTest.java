package org.orderdesk.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orderdesk.customer.domain.DeliveryAddress;
import org.orderdesk.shared.Money;

/** The money of a partial pickup: what is paid at the counter, what goes back to a card, what delivery costs. */
class PickupSettlementTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final String ANNA = "anna@example.com";
    private static final String OPERATOR = "operator@shop";
    private static final List<Refusal> ONE_KETTLE = List.of(new Refusal(0, 1, RefusalReason.DAMAGED));

    /** Two kettles at 1000 and a book at 450.50, waiting at a pickup point. */
    private static CustomerOrder waitingAtPoint(PaymentMethod payment) {
        CustomerOrder order = CustomerOrderTest.order(payment).pickupAt(CustomerOrderTest.point()).build();
        if (payment.isPaidOnline()) {
            order.recordPayment("4242", ANNA, NOW, OrderEvents.NONE);
        }
        order.handToDelivery(OPERATOR, NOW, OrderEvents.NONE);
        order.startTransit(OPERATOR, NOW, OrderEvents.NONE);
        order.arriveAtPickupPoint(OPERATOR, NOW, OrderEvents.NONE);
        return order;
    }

    @Test
    void cashOnReceiptPaysOnlyForWhatIsTaken() {
        CustomerOrder order = waitingAtPoint(PaymentMethod.CASH_ON_RECEIPT);

        PickupSettlement settlement = PickupSettlement.of(order, ONE_KETTLE);

        assertEquals(Money.rubles("1450.50"), settlement.dueAtCounter());
        assertTrue(settlement.refund().isZero());
        order.handOverAtPickupPoint(ONE_KETTLE, OPERATOR, NOW, OrderEvents.NONE);
        assertEquals(OrderStatus.RECEIVED, order.status());
        assertEquals(PaymentState.PAID, order.paymentState());
        assertEquals(Money.rubles("1450.50"), order.total());
        assertTrue(order.isReceivedPartially());
        assertEquals(2, order.takenUnits());
        assertEquals(RefusalReason.DAMAGED, order.lines().get(0).refusalReason());
        assertEquals(1, order.lines().get(0).takenQuantity());
        assertNull(order.partialRefund());
        assertFalse(order.isRefundDue());
    }

    @Test
    void cardOnReceiptIsChargedTheRecalculatedAmount() {
        CustomerOrder order = waitingAtPoint(PaymentMethod.CARD_ON_RECEIPT);
        List<Refusal> book = List.of(new Refusal(1, 1, RefusalReason.DOES_NOT_FIT));

        assertEquals(Money.rubles("2000.00"), PickupSettlement.of(order, book).dueAtCounter());
        assertEquals(Money.rubles("2450.50"), order.amountDueOnReceipt(), "nothing changes before the hand-over");
    }

    @Test
    void paidOnlineGetsTheRefusedUnitsBackOnce() {
        CustomerOrder order = waitingAtPoint(PaymentMethod.ONLINE_CARD);

        PickupSettlement settlement = PickupSettlement.of(order, ONE_KETTLE);
        assertTrue(settlement.dueAtCounter().isZero());
        assertEquals(Money.rubles("1000.00"), settlement.refund());

        order.handOverAtPickupPoint(ONE_KETTLE, OPERATOR, NOW, OrderEvents.NONE);
        assertTrue(order.isRefundDue());
        assertEquals(Money.rubles("1000.00"), order.refundAmount());
        order.recordRefund(NOW);
        assertFalse(order.isRefundDue());
        assertEquals(PaymentState.PAID, order.paymentState(), "the customer still paid for what they took");
        assertThrows(IllegalStateException.class, () -> order.recordRefund(NOW));
    }

    @Test
    void refusingEverythingReturnsTheOrderAndRefundsItAll() {
        CustomerOrder order = waitingAtPoint(PaymentMethod.ONLINE_CARD);
        List<Refusal> all = List.of(new Refusal(0, 2, RefusalReason.WRONG_ITEM),
                new Refusal(1, 1, RefusalReason.CHANGED_MIND));

        order.handOverAtPickupPoint(all, OPERATOR, NOW, OrderEvents.NONE);

        assertEquals(OrderStatus.RETURNED, order.status());
        assertEquals(Money.rubles("2450.50"), order.refundAmount());
        order.recordRefund(NOW);
        assertEquals(PaymentState.REFUNDED, order.paymentState());
    }

    @Test
    void deliveryIsChargedInFullIfAnythingIsTakenAndNotAtAllOtherwise() {
        // A courier order carries a delivery price; the rule is the settlement's, whoever hands the order over.
        CustomerOrder order = CustomerOrderTest.order(PaymentMethod.CASH_ON_RECEIPT)
                .courierTo(new DeliveryAddress("Москва", "Тверская", "1", null, "125009")).build();

        PickupSettlement some = PickupSettlement.of(order, ONE_KETTLE);
        assertEquals(Money.rubles("299.00"), some.delivery());
        assertEquals(Money.rubles("1749.50"), some.dueAtCounter());

        PickupSettlement none = PickupSettlement.of(order, List.of(new Refusal(0, 2, RefusalReason.DAMAGED),
                new Refusal(1, 1, RefusalReason.DAMAGED)));
        assertTrue(none.takesNothing());
        assertTrue(none.delivery().isZero());
        assertTrue(none.dueAtCounter().isZero());
    }

    @Test
    void refusalsThatDoNotFitTheOrderAreRejected() {
        CustomerOrder order = waitingAtPoint(PaymentMethod.CASH_ON_RECEIPT);

        assertThrows(IllegalArgumentException.class,
                () -> PickupSettlement.of(order, List.of(new Refusal(0, 3, RefusalReason.DAMAGED))));
        assertThrows(IllegalArgumentException.class,
                () -> PickupSettlement.of(order, List.of(new Refusal(2, 1, RefusalReason.DAMAGED))));
        assertThrows(IllegalArgumentException.class, () -> PickupSettlement.of(order,
                List.of(new Refusal(0, 1, RefusalReason.DAMAGED), new Refusal(0, 1, RefusalReason.DAMAGED))));
        assertThrows(IllegalArgumentException.class, () -> new Refusal(0, 0, RefusalReason.DAMAGED));
    }
}
