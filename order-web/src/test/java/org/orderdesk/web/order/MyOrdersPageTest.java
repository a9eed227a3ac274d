package org.orderdesk.web.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orderdesk.order.InMemoryShop.ANNA;
import static org.orderdesk.order.InMemoryShop.BORIS;
import static org.orderdesk.platform.Wiring.wire;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orderdesk.order.InMemoryShop;
import org.orderdesk.order.OrderSummary;
import org.orderdesk.order.OrderTabs;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.web.platform.FakeFaces;

/** My orders on the real order lookup and in-memory ports: the search box and the tabs. */
class MyOrdersPageTest {

    private final InMemoryShop shop = new InMemoryShop();
    private FakeFaces faces;
    private MyOrdersPage page;
    private List<OrderNumber> annas;
    private OrderNumber borisOrder;

    @BeforeEach
    void annaHasTwoOrdersAndBorisOne() throws Exception {
        annas = shop.kettleOrders(ANNA, 2);
        borisOrder = shop.kettleOrders(BORIS, 1).get(0);
        shop.customer.actAs(ANNA);
        faces = FakeFaces.inEnglish();
        page = wire(new MyOrdersPage(), shop.queries);
    }

    @AfterEach
    void endTheRequest() {
        faces.close();
    }

    @Test
    void theActiveTabListsTheOrdersNewestFirst() throws Exception {
        page.load();

        assertFalse(page.isCompleted());
        assertEquals(new OrderTabs(2, 0), page.getTabs());
        assertEquals(List.of(annas.get(1), annas.get(0)), page.getSlice().items().stream().map(OrderSummary::number).toList());
    }

    @Test
    void theCompletedTabListsOnlyCompletedOrders() throws Exception {
        page.setTab("completed");
        page.setPage("1");

        page.load();

        assertTrue(page.isCompleted());
        assertEquals(List.of(), page.getSlice().items());
    }

    @Test
    void aNumberTheCustomerTypesOpensThatOrder() throws Exception {
        page.setQuery("2");

        page.load();

        assertEquals("/account/order?number=" + annas.get(1), faces.redirectedTo());
        assertTrue(faces.getResponseComplete());
    }

    @Test
    void anotherCustomersNumberIsNotFoundAndTheListStays() throws Exception {
        page.setQuery(borisOrder.value());

        page.load();

        assertTrue(page.isNotFound());
        assertNull(faces.redirectedTo());
        assertEquals(2, page.getSlice().total());
    }
}
