package org.orderdesk.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.orderdesk.order.InMemoryShop.ANNA;
import static org.orderdesk.order.InMemoryShop.BORIS;
import static org.orderdesk.order.InMemoryShop.CENTRE;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.OrderStatus;

/** Order lookup against in-memory ports: a customer finds their own orders and nobody else's. */
class OrderQueriesTest {

    private final InMemoryShop shop = new InMemoryShop();
    private OrderNumber first;
    private OrderNumber second;
    private OrderNumber received;
    private OrderNumber borisOrder;

    /** Anna has two active orders and one received; Boris has one. */
    @BeforeEach
    void ordersOfTwoCustomers() throws Exception {
        List<OrderNumber> annas = shop.kettleOrders(ANNA, 3);
        first = annas.get(0);
        second = annas.get(1);
        received = annas.get(2);
        borisOrder = shop.kettleOrders(BORIS, 1).get(0);
        shop.bringToPoint(received);
        shop.desk.serve(CENTRE);
        shop.desk.handOver(received, shop.order(received).pickupCode(), List.of());
        shop.customer.actAs(ANNA);
    }

    @Test
    void aCustomerSeesTheirOwnOrderWithItsPartsAndNeverAnothers() {
        OrderView own = shop.queries.ownedBy(first).orElseThrow();

        assertEquals(1, own.lines().size());
        assertEquals(Optional.empty(), shop.queries.ownedBy(borisOrder));
        shop.customer.actAs(BORIS);
        assertEquals(Optional.empty(), shop.queries.ownedBy(first));
    }

    @Test
    void anOrderIsFoundByItsWholeNumberOrItsSequenceAlone() {
        assertEquals(Optional.of(second), shop.queries.findNumber("2"));
        assertEquals(Optional.of(second), shop.queries.findNumber(" 0002 "));
        assertEquals(Optional.of(first), shop.queries.findNumber(first.value()));
        assertEquals(Optional.empty(), shop.queries.findNumber("0"));
        assertEquals(Optional.empty(), shop.queries.findNumber("9"));
        assertEquals(Optional.empty(), shop.queries.findNumber(borisOrder.value()));
        assertEquals(Optional.empty(), shop.queries.findNumber("kettle"));
    }

    @Test
    void myOrdersCountsBothTabsAndListsTheChosenOneNewestFirst() {
        MyOrders active = shop.queries.myOrders(false, 1);
        MyOrders completed = shop.queries.myOrders(true, 1);

        assertEquals(new OrderTabs(2, 1), active.tabs());
        assertEquals(List.of(second, first), active.page().items().stream().map(OrderSummary::number).toList());
        assertEquals(2, active.page().total());
        assertEquals(List.of(received), completed.page().items().stream().map(OrderSummary::number).toList());
        assertEquals(OrderStatus.RECEIVED, completed.page().items().get(0).status());
    }

    @Test
    void theFormOffersActiveOrdersFirstThenCompletedOnes() {
        assertEquals(List.of(second, first, received), shop.queries.recentNumbers(5));
        assertEquals(List.of(second, received), shop.queries.recentNumbers(1));
    }
}
