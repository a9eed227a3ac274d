package org.orderdesk.web.admin;

import static jakarta.faces.application.FacesMessage.SEVERITY_ERROR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orderdesk.order.InMemoryShop.CENTRE;
import static org.orderdesk.order.InMemoryShop.KETTLE;
import static org.orderdesk.order.InMemoryShop.NORTH;
import static org.orderdesk.platform.Wiring.wire;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orderdesk.order.DeskOrder;
import org.orderdesk.order.InMemoryShop;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.order.domain.PickupCode;
import org.orderdesk.pickup.PickupPointService;
import org.orderdesk.shared.Money;
import org.orderdesk.web.platform.FakeFaces;
import org.orderdesk.web.platform.FakeFaces.Message;

/** The pickup desk page on the real desk service and in-memory ports: what the operator sees and is told. */
class PickupDeskPageTest {

    private static final String RELOAD = "/admin/pickup-desk?faces-redirect=true";

    private final InMemoryShop shop = new InMemoryShop();
    private FakeFaces faces;
    private PickupDeskPage page;
    private OrderNumber number;
    private PickupCode code;

    /** The operator serves the centre point's desk, where an order waits. */
    @BeforeEach
    void anOrderWaitsAtTheOperatorsPoint() throws Exception {
        number = shop.waitingAtCentre();
        code = shop.order(number).pickupCode();
        shop.desk.serve(CENTRE);
        faces = FakeFaces.inEnglish();
        page = wire(new PickupDeskPage(), shop.desk, wire(new PickupPointService(), shop.points, shop.clock));
    }

    @AfterEach
    void endTheRequest() {
        faces.close();
    }

    @Test
    void choosingNoPointIsAskedForNextToTheChoice() {
        assertNull(page.serve());

        assertEquals(List.of(new Message("point:pointCode", SEVERITY_ERROR, "Choose the pickup point you serve.")),
                faces.messages());
    }

    @Test
    void aChosenPointIsServedFromThenOn() {
        page.setPointCode(NORTH);

        assertEquals(RELOAD, page.serve());
        assertEquals(NORTH, shop.desk.pointOf().orElseThrow().code());
    }

    @Test
    void noCodeIsAskedForNextToTheField() {
        assertNull(page.find());

        assertEquals(List.of(new Message("code:code", SEVERITY_ERROR,
                "Enter or scan the customer's pickup code.")), faces.messages());
        assertNull(page.getLookup());
    }

    @Test
    void theCodeShowsWhatWaitsUnderItAndEmptiesTheField() {
        find();

        assertEquals(List.of(number), page.getFound().stream().map(DeskOrder::number).toList());
        assertNull(page.getCode());
        assertEquals(CENTRE, page.getPoint().orElseThrow().code());
    }

    @Test
    void refusedUnitsWithoutAReasonAreMarkedAndNothingIsHandedOver() {
        find();
        String kettle = page.lineKey(number, kettleLine());
        page.getRefusedUnits().put(kettle, 1);

        assertNull(page.handOver(number));

        assertTrue(page.isReasonMissing(kettle));
        assertEquals(List.of(new Message(null, SEVERITY_ERROR, "Choose a reason for every line with refused units.")),
                faces.messages());
        assertEquals(OrderStatus.AWAITING_PICKUP, shop.order(number).status());
    }

    @Test
    void theAmountAndTheHandOverTakeTheRefusedUnitsWithTheirReasons() {
        find();
        String kettle = page.lineKey(number, kettleLine());
        page.getRefusedUnits().put(kettle, 1);
        page.getRefusalReason().put(kettle, "DAMAGED");

        page.settle(number);
        assertEquals(Money.rubles("1450.50"), page.settlementOf(number).dueAtCounter());
        assertEquals(RELOAD, page.handOver(number));

        assertEquals(OrderStatus.RECEIVED, shop.order(number).status());
        assertEquals(1, shop.order(number).refusedUnits());
        assertEquals("Order " + number + " is handed over.", faces.messages().get(0).text());
        assertTrue(faces.messagesKept());
    }

    @Test
    void anOrderHandedOverMeanwhileIsRefusedAndTheCodeIsAskedForAgain() throws Exception {
        find();
        shop.desk.handOver(number, code, List.of());

        assertNull(page.handOver(number));

        assertNull(page.getLookup());
        assertEquals(List.of(new Message(null, SEVERITY_ERROR,
                "Order " + number + " cannot be handed over here now. Enter the code again.")), faces.messages());
    }

    private void find() {
        page.setCode(code);
        page.find();
    }

    private int kettleLine() {
        List<DeskOrder.Item> items = page.getFound().get(0).items();
        return items.indexOf(items.stream().filter(item -> item.sku().equals(KETTLE)).findFirst().orElseThrow());
    }
}
