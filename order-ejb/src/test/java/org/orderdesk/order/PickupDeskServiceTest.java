package org.orderdesk.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.orderdesk.order.InMemoryShop.ANNA;
import static org.orderdesk.order.InMemoryShop.BOOK;
import static org.orderdesk.order.InMemoryShop.CENTRE;
import static org.orderdesk.order.InMemoryShop.KETTLE;
import static org.orderdesk.order.InMemoryShop.NORTH;
import static org.orderdesk.order.InMemoryShop.OPERATOR;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.order.DeskLookup.Outcome;
import org.orderdesk.order.OrderActionRefusedException.Reason;
import org.orderdesk.order.domain.CustomerOrder;
import org.orderdesk.order.domain.OrderLine;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.order.domain.PaymentMethod;
import org.orderdesk.order.domain.PickupCode;
import org.orderdesk.order.domain.PickupSettlement;
import org.orderdesk.order.domain.Refusal;
import org.orderdesk.order.domain.RefusalReason;
import org.orderdesk.payment.FakePaymentGateway.Refund;
import org.orderdesk.shared.Money;

/** The pickup desk against in-memory ports: finding orders by code, handing over, settling, and refusing. */
class PickupDeskServiceTest {

    private final InMemoryShop shop = new InMemoryShop();
    private OrderNumber number;
    private PickupCode code;

    @BeforeEach
    void anOrderWaitsAtTheCentre() throws Exception {
        number = shop.waitingAtCentre();
        code = shop.order(number).pickupCode();
    }

    @Test
    void aDeskWithoutAPointFindsNothing() {
        assertEquals(Outcome.NO_POINT_CHOSEN, shop.desk.lookUp(code).outcome());
    }

    @Test
    void theCodeFindsTheOrderWaitingAtTheDesksPoint() {
        shop.desk.serve(CENTRE);

        DeskLookup lookup = shop.desk.lookUp(code);

        assertEquals(Outcome.FOUND, lookup.outcome());
        DeskOrder found = lookup.orders().get(0);
        assertEquals(number, found.number());
        assertEquals("Anna", found.customerName());
        assertEquals(List.of(BOOK, KETTLE), found.items().stream().map(DeskOrder.Item::sku).sorted().toList());
        assertEquals(CENTRE, shop.desk.pointOf().orElseThrow().code());
    }

    @Test
    void anotherPointsDeskDoesNotFindItAndCountsTheMiss() {
        shop.desk.serve(NORTH);

        assertEquals(Outcome.NOT_HERE, shop.desk.lookUp(code).outcome());
        assertEquals(1, shop.tries.size());
    }

    @Test
    void tooManyMissesStopTheDeskEvenForTheRightCodeUntilTheWindowHasPassed() {
        shop.desk.serve(CENTRE);
        for (int miss = 1; miss < 8; miss++) {
            assertEquals(Outcome.NOT_HERE, shop.desk.lookUp(new PickupCode("00000000")).outcome());
        }

        DeskLookup eighth = shop.desk.lookUp(new PickupCode("00000000"));

        assertEquals(Outcome.PAUSED, eighth.outcome());
        assertEquals(shop.clock.instant().plus(Duration.ofMinutes(15)), eighth.pausedUntil());
        assertEquals(Outcome.PAUSED, shop.desk.lookUp(code).outcome());
        shop.clock.advance(Duration.ofMinutes(15));
        assertEquals(Outcome.FOUND, shop.desk.lookUp(code).outcome());
    }

    @Test
    void theMissesOfAnEarlierWindowAreForgotten() {
        shop.desk.serve(CENTRE);
        shop.desk.lookUp(new PickupCode("00000000"));
        shop.clock.advance(Duration.ofMinutes(16));

        shop.desk.lookUp(new PickupCode("00000000"));

        assertEquals(1, shop.tries.size());
    }

    @Test
    void handingOverWholeReceivesTheOrderAndMailsTheCustomer() throws Exception {
        shop.desk.serve(CENTRE);

        shop.desk.handOver(number, code, List.of());

        CustomerOrder order = shop.order(number);
        assertEquals(OrderStatus.RECEIVED, order.status());
        assertEquals(OPERATOR, order.history().get(order.history().size() - 1).by());
        assertEquals(3, shop.stock(KETTLE));
        assertEquals(MailKind.ORDER_RECEIVED, shop.outbox.mails().get(shop.outbox.mails().size() - 1).kind());
    }

    @Test
    void aRefusedKettleCostsNothingAtTheCounterAndGoesBackToStock() throws Exception {
        shop.desk.serve(CENTRE);
        List<Refusal> oneKettle = List.of(new Refusal(kettleLine(number), 1, RefusalReason.DAMAGED));

        PickupSettlement settlement = shop.desk.settle(number, code, oneKettle);
        shop.desk.handOver(number, code, oneKettle);

        assertEquals(Money.rubles("1450.50"), settlement.dueAtCounter());
        assertEquals(2, settlement.takenUnits());
        assertEquals(Money.rubles("1450.50"), shop.order(number).total());
        assertEquals(1, shop.order(number).refusedUnits());
        assertEquals(4, shop.stock(KETTLE));
    }

    @Test
    void aRefusalOfAnOrderPaidOnlineIsRefundedOnce() throws Exception {
        shop.customer.actAs(ANNA);
        OrderNumber paid = shop.checkout.placeOrder(InMemoryShop.atPoint("t2", CENTRE, PaymentMethod.ONLINE_CARD,
                new CartLine(KETTLE, 2)));
        shop.order(paid).recordPayment("4242", ANNA, shop.clock.instant(), shop.followUp);
        shop.bringToPoint(paid);
        shop.desk.serve(CENTRE);

        shop.desk.handOver(paid, shop.order(paid).pickupCode(), List.of(new Refusal(0, 1, RefusalReason.DAMAGED)));

        List<Refund> refunds = shop.gateway.refunds();
        assertEquals(1, refunds.size());
        assertEquals(paid.value(), refunds.get(0).orderNumber());
        assertEquals(Money.rubles("1000.00"), refunds.get(0).amount());
    }

    @Test
    void aWrongCodeOrAnotherPointsOrderIsNotFound() {
        shop.desk.serve(CENTRE);
        assertRefused(Reason.NOT_FOUND, () -> shop.desk.handOver(number, new PickupCode("00000000"), List.of()));

        shop.desk.serve(NORTH);
        assertRefused(Reason.NOT_FOUND, () -> shop.desk.settle(number, code, List.of()));
        assertEquals(OrderStatus.AWAITING_PICKUP, shop.order(number).status());
    }

    @Test
    void anOrderHandedOverAlreadyOrNotYetArrivedIsNotHandedOverAgain() throws Exception {
        shop.desk.serve(CENTRE);
        shop.desk.handOver(number, code, List.of());
        OrderNumber notArrived = shop.place(ANNA, "t2", new CartLine(KETTLE, 1));

        assertRefused(Reason.NOT_ALLOWED_NOW, () -> shop.desk.handOver(number, code, List.of()));
        assertRefused(Reason.NOT_ALLOWED_NOW, () -> shop.desk.handOver(notArrived,
                shop.order(notArrived).pickupCode(), List.of()));
    }

    @Test
    void refusalsThatDoNotFitTheLinesChangeNothing() {
        shop.desk.serve(CENTRE);

        assertRefused(Reason.NOT_ALLOWED_NOW, () -> shop.desk.handOver(number, code,
                List.of(new Refusal(kettleLine(number), 3, RefusalReason.DAMAGED))));
        assertRefused(Reason.NOT_ALLOWED_NOW, () -> shop.desk.handOver(number, code,
                List.of(new Refusal(5, 1, RefusalReason.DAMAGED))));
        assertEquals(OrderStatus.AWAITING_PICKUP, shop.order(number).status());
        assertEquals(3, shop.stock(KETTLE));
    }

    @Test
    void aDeskWithoutAPointHandsNothingOver() {
        assertRefused(Reason.NOT_ALLOWED_NOW, () -> shop.desk.handOver(number, code, List.of()));
    }

    private int kettleLine(OrderNumber orderNumber) {
        List<OrderLine> lines = shop.order(orderNumber).lines();
        return lines.indexOf(lines.stream().filter(line -> line.sku().equals(KETTLE)).findFirst().orElseThrow());
    }

    private static void assertRefused(Reason reason, DeskAction action) {
        assertEquals(reason, assertThrows(OrderActionRefusedException.class, action::run).reason());
    }

    private interface DeskAction {
        void run() throws OrderActionRefusedException;
    }
}
