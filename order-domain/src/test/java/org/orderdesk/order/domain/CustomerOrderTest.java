package org.orderdesk.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orderdesk.customer.domain.Customer;
import org.orderdesk.customer.domain.DeliveryAddress;
import org.orderdesk.pickup.domain.PickupPoint;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.Role;
import org.orderdesk.shared.LocalizedText;
import org.orderdesk.shared.Money;

class CustomerOrderTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final String ANNA = "anna@example.com";
    private static final String OPERATOR = "operator@shop";
    private static final OrderEvents NONE = OrderEvents.NONE;

    /** Two kettles at 1000 and a book at 450.50; other tests of the order build on it. */
    static CustomerOrder.Builder order(PaymentMethod payment) {
        Customer customer = new Customer(new Account(ANNA, "Anna", "hash", Role.CUSTOMER), null, "ru");
        return CustomerOrder.builder()
                .number(new OrderNumber("10000001-0001")).checkoutToken("token").customer(customer, ANNA).pickupCode(new PickupCode("12345678"))
                .line(new OrderLine("KIT-001", new LocalizedText("Чайник", "Kettle"), Money.rubles("1000.00"), 2))
                .line(new OrderLine("BOO-001", new LocalizedText("Книга", "Book"), Money.rubles("450.50"), 1))
                .payment(payment).placedAt(NOW);
    }

    static PickupPoint point() {
        LocalizedText text = new LocalizedText("Пункт", "Point");
        return new PickupPoint("MSK-01", text, text, text, text);
    }

    @Test
    void addsUpGoodsAndDelivery() {
        CustomerOrder order = order(PaymentMethod.CASH_ON_RECEIPT)
                .courierTo(new DeliveryAddress("Москва", "Тверская", "1", null, "125009")).build();

        assertEquals(Money.rubles("2450.50"), order.goodsTotal());
        assertEquals(Money.rubles("299.00"), order.deliveryPrice());
        assertEquals(Money.rubles("2749.50"), order.total());
        assertEquals(3, order.itemCount());
    }

    @Test
    void payingOnReceiptGoesStraightToAssemblingWithHistory() {
        CustomerOrder order = order(PaymentMethod.CARD_ON_RECEIPT).pickupAt(point()).build();

        assertEquals(OrderStatus.ASSEMBLING, order.status());
        assertEquals(PaymentState.ON_RECEIPT, order.paymentState());
        assertEquals(2, order.history().size());
        assertEquals(OrderStatus.CREATED, order.history().get(0).to());
        assertEquals(ANNA, order.history().get(1).by());
    }

    @Test
    void payingOnlineWaitsForThePaymentThenAssembles() {
        CustomerOrder order = order(PaymentMethod.ONLINE_CARD).pickupAt(point()).build();
        assertEquals(OrderStatus.AWAITING_PAYMENT, order.status());

        order.recordDeclinedPayment("0002");
        assertEquals(OrderStatus.AWAITING_PAYMENT, order.status());
        assertEquals(PaymentState.DECLINED, order.paymentState());

        order.recordPayment("4242", ANNA, NOW, NONE);
        assertEquals(OrderStatus.ASSEMBLING, order.status());
        assertEquals(PaymentState.PAID, order.paymentState());
        assertEquals("4242", order.cardLastDigits());
    }

    @Test
    void anIllegalMoveIsRefusedAndChangesNothing() {
        CustomerOrder order = order(PaymentMethod.CASH_ON_RECEIPT).pickupAt(point()).build();

        assertThrows(IllegalStatusChangeException.class,
                () -> order.handOverAtPickupPoint(OPERATOR, NOW, NONE));
        assertThrows(IllegalStatusChangeException.class,
                () -> order.giveToCourier(OPERATOR, NOW, NONE));
        assertEquals(OrderStatus.ASSEMBLING, order.status());
        assertEquals(2, order.history().size());
    }

    @Test
    void aPickupOrderTravelsToTheCustomer() {
        CustomerOrder order = order(PaymentMethod.CASH_ON_RECEIPT).pickupAt(point()).build();

        order.handToDelivery(OPERATOR, NOW, NONE);
        order.startTransit(OPERATOR, NOW, NONE);
        order.arriveAtPickupPoint(OPERATOR, NOW, NONE);
        order.handOverAtPickupPoint(OPERATOR, NOW, NONE);

        assertEquals(OrderStatus.RECEIVED, order.status());
        assertEquals(6, order.history().size());
    }

    @Test
    void cancellingNeedsAReasonAndIsRefusedAfterHandOver() {
        CustomerOrder order = order(PaymentMethod.CASH_ON_RECEIPT).pickupAt(point()).build();
        assertThrows(IllegalArgumentException.class, () -> order.cancel(null, ANNA, NOW, NONE));
        assertThrows(IllegalArgumentException.class, () -> CancellationReason.inWords(" "));

        order.handToDelivery(OPERATOR, NOW, NONE);

        assertThrows(IllegalStatusChangeException.class,
                () -> order.cancel(CancellationReason.inWords("changed my mind"), ANNA, NOW, NONE));
    }

    @Test
    void aPickedReasonIsKeptAsItsCodeAndWordsAsTyped() {
        CustomerOrder picked = order(PaymentMethod.CASH_ON_RECEIPT).pickupAt(point()).build();
        CustomerOrder inWords = order(PaymentMethod.CASH_ON_RECEIPT).pickupAt(point()).build();

        picked.cancelByCustomer(CancellationReason.picked(CancelReason.FOUND_CHEAPER, " 10 % less elsewhere "),
                ANNA, NOW, NONE);
        inWords.cancel(CancellationReason.inWords("Нет на складе"), OPERATOR, NOW, NONE);

        StatusChange cancelled = picked.history().get(picked.history().size() - 1);
        assertEquals(new CancellationReason(CancelReason.FOUND_CHEAPER, "10 % less elsewhere"),
                cancelled.cancellationReason());
        assertEquals("Found cheaper: 10 % less elsewhere", picked.cancellationReason().describe(code -> "Found cheaper"));
        assertEquals("Нет на складе", inWords.cancellationReason().describe(code -> "never asked"));
    }

    @Test
    void anotherReasonNeedsWordsAndAListedOneDoesNot() {
        assertThrows(IllegalArgumentException.class, () -> CancellationReason.picked(CancelReason.OTHER, " "));
        assertThrows(IllegalArgumentException.class, () -> CancellationReason.picked(null, "why"));

        assertEquals("Changed my mind",
                CancellationReason.picked(CancelReason.CHANGED_MIND, null).describe(code -> "Changed my mind"));
    }

    @Test
    void aCancelledOrReturnedOrderLeavesNothingToPayUnlessItWasPaid() {
        CustomerOrder onReceipt = order(PaymentMethod.CASH_ON_RECEIPT).pickupAt(point()).build();
        CustomerOrder unpaid = order(PaymentMethod.ONLINE_CARD).pickupAt(point()).build();
        CustomerOrder paid = order(PaymentMethod.ONLINE_CARD).pickupAt(point()).build();
        paid.recordPayment("4242", ANNA, NOW, NONE);
        CustomerOrder returned = arrivedAtThePoint();
        returned.returnFromPickupPoint(OPERATOR, NOW, NONE);

        for (CustomerOrder order : new CustomerOrder[] {onReceipt, unpaid, paid}) {
            order.cancel(CancellationReason.picked(CancelReason.TOO_LONG, null), ANNA, NOW, NONE);
        }

        assertEquals(PaymentState.NOTHING_DUE, onReceipt.paymentState());
        assertEquals(PaymentState.NOTHING_DUE, unpaid.paymentState());
        assertEquals(PaymentState.PAID, paid.paymentState(), "the refund is another matter");
        assertEquals(PaymentState.NOTHING_DUE, returned.paymentState());
    }

    @Test
    void anOrderNeedsLinesAndEverythingItIsPlacedWith() {
        assertThrows(IllegalStateException.class, () -> order(PaymentMethod.CASH_ON_RECEIPT).build());
        assertThrows(IllegalStateException.class,
                () -> order(PaymentMethod.CASH_ON_RECEIPT).pickupAt(point()).pickupCode(null).build());
    }

    private static CustomerOrder arrivedAtThePoint() {
        CustomerOrder order = order(PaymentMethod.CASH_ON_RECEIPT).pickupAt(point()).build();
        order.handToDelivery(OPERATOR, NOW, NONE);
        order.startTransit(OPERATOR, NOW, NONE);
        order.arriveAtPickupPoint(OPERATOR, NOW, NONE);
        return order;
    }

    @Test
    void aFinalStatusCompletesTheOrderAndRetiresItsPickupCode() {
        CustomerOrder order = arrivedAtThePoint();
        assertFalse(order.isCompleted());
        assertTrue(order.isPickupCodeValid());

        assertEquals(PaymentState.ON_RECEIPT, order.paymentState());
        order.handOverAtPickupPoint(OPERATOR, NOW, NONE);

        assertTrue(order.isCompleted());
        assertFalse(order.isPickupCodeValid());
        assertEquals(PaymentState.PAID, order.paymentState(), "handed over only against payment");
    }

    @Test
    void onReceiptTheCustomerPaysTheTotalUntilTheyHaveTheOrder() {
        CustomerOrder order = arrivedAtThePoint();
        assertEquals(order.total(), order.amountDueOnReceipt());

        order.handOverAtPickupPoint(OPERATOR, NOW, NONE);

        assertTrue(order.amountDueOnReceipt().isZero());
    }

    @Test
    void nothingIsDueOnReceiptForAnOrderPaidOnlineOrCancelled() {
        CustomerOrder online = order(PaymentMethod.ONLINE_CARD).pickupAt(point()).build();
        assertTrue(online.amountDueOnReceipt().isZero(), "awaiting an online payment");
        online.recordPayment("4242", ANNA, NOW, NONE);
        assertTrue(online.amountDueOnReceipt().isZero(), "paid online");

        CustomerOrder cancelled = order(PaymentMethod.CASH_ON_RECEIPT).pickupAt(point()).build();
        cancelled.cancelByCustomer(CancellationReason.inWords("Передумал"), ANNA, NOW, NONE);
        assertTrue(cancelled.amountDueOnReceipt().isZero(), "cancelled");
    }

    @Test
    void theCustomerCancelsBeforeHandOverWithTheirReasonKept() {
        CustomerOrder order = order(PaymentMethod.CASH_ON_RECEIPT).pickupAt(point()).build();
        assertTrue(order.isCancellableByCustomer());

        order.cancelByCustomer(CancellationReason.picked(CancelReason.OTHER, "Передумала"), ANNA, NOW, NONE);

        assertEquals(OrderStatus.CANCELLED, order.status());
        assertEquals(CancellationReason.picked(CancelReason.OTHER, "Передумала"), order.cancellationReason());
        assertTrue(order.isCompleted());
    }

    @Test
    void theCustomerCannotCancelOnceTheOrderIsOnItsWay() {
        CustomerOrder order = arrivedAtThePoint();

        assertFalse(order.isCancellableByCustomer());
        assertThrows(IllegalStatusChangeException.class, () -> order.cancelByCustomer(CancellationReason.inWords("late"), ANNA, NOW, NONE));
        assertEquals(OrderStatus.AWAITING_PICKUP, order.status());
    }

    @Test
    void arrivingAtThePointStartsSevenDaysOfStorageThatCanBeExtendedOnceByThreeDays() {
        CustomerOrder order = arrivedAtThePoint();
        assertEquals(NOW.plus(Duration.ofDays(7)), order.storageDeadline());

        Instant later = NOW.plus(Duration.ofDays(2));
        assertTrue(order.canExtendStorage(later));
        order.extendStorage(later);

        assertEquals(NOW.plus(Duration.ofDays(10)), order.storageDeadline());
        assertFalse(order.canExtendStorage(later));
        assertThrows(IllegalStateException.class, () -> order.extendStorage(later));
    }

    @Test
    void storageCannotBeExtendedAfterItEndedOrBeforeTheOrderArrived() {
        CustomerOrder waiting = arrivedAtThePoint();
        assertFalse(waiting.canExtendStorage(NOW.plus(Duration.ofDays(7))));

        CustomerOrder assembling = order(PaymentMethod.CASH_ON_RECEIPT).pickupAt(point()).build();
        assertFalse(assembling.canExtendStorage(NOW));
        assertThrows(IllegalStateException.class, () -> assembling.extendStorage(NOW));
    }

    @Test
    void listsShowTheItemCountAndTheFirstProductsPicture() {
        CustomerOrder order = order(PaymentMethod.CASH_ON_RECEIPT).pickupAt(point()).build();

        assertEquals(3, order.itemCount());
        assertEquals("KIT-001", order.thumbnailSku());
    }
    @Test
    void anUnpaidOnlineOrderCannotBeAssembledFromTheConsole() {
        CustomerOrder order = order(PaymentMethod.ONLINE_CARD).pickupAt(point()).build();

        assertEquals(Set.of(OrderStatus.CANCELLED), order.operatorMoves());
        order.recordPayment("4242", ANNA, NOW, NONE);
        assertEquals(Set.of(OrderStatus.HANDED_TO_DELIVERY, OrderStatus.CANCELLED), order.operatorMoves());
    }

    @Test
    void aDeclinedTryGivesTheNextChargeANewKeyAndARetryOfTheSameTryKeepsIt() {
        CustomerOrder order = order(PaymentMethod.ONLINE_CARD).pickupAt(point()).build();
        String first = order.paymentKey();
        assertEquals(first, order.paymentKey());

        order.recordDeclinedPayment("0002");

        assertFalse(first.equals(order.paymentKey()));
        assertTrue(order.paymentKey().startsWith(order.number().value()));
    }

    @Test
    void anOrderNotPaidInTimeIsCancelledByTheShopWithNothingDue() {
        CustomerOrder order = order(PaymentMethod.ONLINE_CARD).pickupAt(point()).paymentWindow(Duration.ofMinutes(30))
                .build();
        Instant deadline = NOW.plus(Duration.ofMinutes(30));
        assertEquals(deadline, order.paymentDeadline());
        assertFalse(order.isPaymentOverdue(deadline.minusSeconds(1)));
        assertThrows(IllegalStateException.class, () -> order.cancelUnpaid(deadline.minusSeconds(1), NONE));

        order.cancelUnpaid(deadline, NONE);

        assertEquals(OrderStatus.CANCELLED, order.status());
        assertEquals(CancelReason.NOT_PAID, order.cancellationReason().code());
        assertEquals(CustomerOrder.UNPAID_EXPIRY, order.history().get(order.history().size() - 1).by());
        assertEquals(PaymentState.NOTHING_DUE, order.paymentState());
    }

    @Test
    void aPaidOrderIsNeverOverdueAndAnOrderPaidOnReceiptHasNoPaymentDeadline() {
        CustomerOrder paid = order(PaymentMethod.ONLINE_CARD).pickupAt(point()).build();
        paid.recordPayment("4242", ANNA, NOW, NONE);
        CustomerOrder onReceipt = order(PaymentMethod.CASH_ON_RECEIPT).pickupAt(point()).build();

        assertFalse(paid.isPaymentOverdue(NOW.plus(Duration.ofDays(1))));
        assertFalse(onReceipt.isPaymentOverdue(NOW.plus(Duration.ofDays(1))));
        assertEquals(null, onReceipt.paymentDeadline());
    }

    @Test
    void cancellingAPaidOrderMakesARefundDueWhichIsRecordedOnce() {
        CustomerOrder order = order(PaymentMethod.ONLINE_CARD).pickupAt(point()).build();
        order.recordPayment("4242", ANNA, NOW, NONE);
        assertFalse(order.isRefundDue());

        order.cancelByCustomer(CancellationReason.picked(CancelReason.CHANGED_MIND, null), ANNA, NOW, NONE);
        assertTrue(order.isRefundDue());
        order.recordRefund(NOW);

        assertEquals(PaymentState.REFUNDED, order.paymentState());
        assertEquals(NOW, order.refundedAt());
        assertFalse(order.isRefundDue());
        assertThrows(IllegalStateException.class, () -> order.recordRefund(NOW));
    }

    @Test
    void aPaidOrderNobodyCollectedIsRefundedInFullWhenItGoesBack() {
        CustomerOrder order = order(PaymentMethod.ONLINE_CARD).pickupAt(point()).build();
        order.recordPayment("4242", ANNA, NOW, NONE);
        order.handToDelivery(OPERATOR, NOW, NONE);
        order.startTransit(OPERATOR, NOW, NONE);
        order.arriveAtPickupPoint(OPERATOR, NOW, NONE);
        assertFalse(order.isRefundDue());

        order.returnFromPickupPoint(OPERATOR, NOW, NONE);

        assertTrue(order.isRefundDue());
        assertEquals(order.total(), order.refundAmount());
        order.recordRefund(NOW);
        assertEquals(PaymentState.REFUNDED, order.paymentState());
    }

    @Test
    void everyChangeIsReportedOnceWithItsHistoryStepAndPlacingIsNot() {
        List<StatusChange> reported = new ArrayList<>();
        OrderEvents recorder = (changed, change) -> reported.add(change);
        CustomerOrder order = order(PaymentMethod.CASH_ON_RECEIPT).pickupAt(point()).build();

        order.handToDelivery(OPERATOR, NOW, recorder);
        order.startTransit(OPERATOR, NOW, recorder);
        assertThrows(IllegalStatusChangeException.class, () -> order.deliver(OPERATOR, NOW, recorder));

        assertEquals(order.history().subList(2, 4), reported);
    }

    @Test
    void aCustomerCannotPickTheShopsOwnReason() {
        assertThrows(IllegalArgumentException.class, () -> CancellationReason.picked(CancelReason.NOT_PAID, null));
    }
}
