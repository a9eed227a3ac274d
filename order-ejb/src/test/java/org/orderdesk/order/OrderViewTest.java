package org.orderdesk.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orderdesk.order.InMemoryShop.ANNA;
import static org.orderdesk.order.InMemoryShop.BOOK;
import static org.orderdesk.order.InMemoryShop.CENTRE;
import static org.orderdesk.order.InMemoryShop.KETTLE;
import static org.orderdesk.order.InMemoryShop.OPERATOR;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orderdesk.order.domain.CustomerOrder;
import org.orderdesk.order.domain.DeliveryMethod;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.order.domain.PaymentMethod;
import org.orderdesk.order.domain.PaymentState;
import org.orderdesk.order.domain.Refusal;
import org.orderdesk.order.domain.RefusalReason;
import org.orderdesk.shared.Money;

/**
 * The views the order pages render, made from orders on in-memory ports: everything a page shows is in the record,
 * as the order had it when it was read.
 */
class OrderViewTest {

    private final InMemoryShop shop = new InMemoryShop();
    private OrderNumber number;

    /** Anna's two kettles and a book wait at the centre point, to be paid in cash there. */
    @BeforeEach
    void anOrderWaitsAtThePoint() throws Exception {
        number = shop.waitingAtCentre();
        shop.customer.actAs(ANNA);
    }

    @Test
    void theCustomersViewHoldsWhatTheOrderPageShows() {
        OrderView order = shop.queries.ownedBy(number).orElseThrow();

        assertEquals(number, order.number());
        assertEquals(OrderStatus.AWAITING_PICKUP, order.status());
        assertEquals(List.of(BOOK, KETTLE), order.lines().stream().map(OrderView.Line::sku).toList());
        assertEquals("Kettle", order.lines().get(1).name().in(Locale.ENGLISH));
        assertEquals(Money.rubles("2000.00"), order.lines().get(1).lineTotal());
        assertEquals(Money.rubles("2450.50"), order.total());
        assertTrue(order.delivery().pickup());
        assertEquals("Centre", order.delivery().point().name().in(Locale.ENGLISH));
        assertEquals(shop.order(number).pickupCode(), order.pickupCode());
        assertTrue(order.pickupCodeValid());
        assertEquals(new OrderView.Payment(PaymentMethod.CASH_ON_RECEIPT, PaymentState.ON_RECEIPT, null, null,
                Money.rubles("2450.50")), order.payment());
        assertEquals(shop.clock.instant().plus(CustomerOrder.STORAGE), order.storageDeadline());
        assertEquals(List.of(OrderStatus.CREATED, OrderStatus.ASSEMBLING, OrderStatus.HANDED_TO_DELIVERY,
                        OrderStatus.IN_TRANSIT, OrderStatus.AWAITING_PICKUP),
                order.timeline().stream().map(OrderView.Step::to).toList());
    }

    @Test
    void storageCanBeExtendedOnlyWhileItLasts() {
        assertTrue(shop.queries.ownedBy(number).orElseThrow().storageExtendable());

        shop.clock.advance(CustomerOrder.STORAGE.plus(Duration.ofMinutes(1)));

        assertFalse(shop.queries.ownedBy(number).orElseThrow().storageExtendable());
    }

    @Test
    void aPartialPickupShowsTheRefusedUnitsAndWhy() throws Exception {
        shop.desk.serve(CENTRE);
        shop.desk.handOver(number, shop.order(number).pickupCode(), List.of(new Refusal(0, 1, RefusalReason.DAMAGED)));

        OrderView order = shop.queries.ownedBy(number).orElseThrow();

        assertEquals(new OrderView.PartialPickup(3, 1, 2, true, null), order.partialPickup());
        assertEquals(1, order.lines().get(0).refusedQuantity());
        assertEquals(RefusalReason.DAMAGED, order.lines().get(0).refusalReason());
        assertFalse(order.pickupCodeValid());
        assertTrue(order.completed());
    }

    @Test
    void theConsoleSeesTheCustomerTheHistoryNewestFirstAndTheMovesAllowed() {
        ConsoleOrderView order = ConsoleOrderView.of(shop.order(number), shop.clock.instant());

        assertEquals("Anna", order.customer().displayName());
        assertEquals(ANNA, order.customer().email());
        assertEquals(OrderStatus.AWAITING_PICKUP, order.history().get(0).to());
        assertEquals(OrderStatus.IN_TRANSIT, order.history().get(0).from());
        assertEquals(OPERATOR, order.history().get(0).by());
        assertNull(order.history().get(order.history().size() - 1).from());
        assertEquals(Set.copyOf(shop.order(number).operatorMoves()), order.moves());
        assertEquals(DeliveryMethod.PICKUP_POINT, order.order().delivery().method());
    }
}
