package org.orderdesk.pickup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.order.DeskLookup.Outcome;
import org.orderdesk.order.OrderCriteria;
import org.orderdesk.order.OrderSearch;
import org.orderdesk.order.OrderSearchResult;
import org.orderdesk.order.PickupDeskService;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.PickupCode;
import org.orderdesk.pickup.domain.PickupCodeTry;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.ShopClient;
import org.orderdesk.server.ShopFixture;

/**
 * Issue 15, item 10: operators cannot try pickup codes until one fits, neither at the desk nor in the console's
 * search, alone or together; a completed order's code is no longer served as a picture. Each test tries codes at a
 * point no other test tries codes at.
 */
@ExtendWith(ArquillianExtension.class)
class PickupCodeProbingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    private ShopFixture shop;

    @Inject
    private PickupDeskFixture points;

    @Inject
    private PickupDeskService desk;

    @Inject
    private OrderSearch search;

    /** An order of a new customer waiting at the point, brought there by the operator, who stays logged in. */
    private OrderNumber orderWaitingAt(String pointCode, String customer, String operator) throws Exception {
        OrderNumber number = points.orderAt(pointCode, shop.newProduct(5), 1, customer);
        points.bringToThePoint(number, operator);
        return number;
    }

    private static PickupCode wrongCode(int i) {
        return new PickupCode(String.format("%08d", i));
    }

    private OrderSearchResult searchFor(String text) {
        return search.find(new OrderCriteria(text, null, null, null, null, ZoneOffset.UTC), 1);
    }

    @Test
    void aKnownCodeBetweenWrongOnesDoesNotStartTheCountAgain() throws Exception {
        String operator = points.operatorAt("KZN-01");
        PickupCode known = shop.orderNumbered(orderWaitingAt("KZN-01", shop.newCustomer(), operator)).pickupCode();

        for (int i = 1; i < PickupCodeTry.PER_OPERATOR.limit(); i++) {
            assertEquals(Outcome.NOT_HERE, desk.lookUp(wrongCode(i)).outcome());
            if (i == PickupCodeTry.PER_OPERATOR.limit() / 2) {
                assertEquals(Outcome.FOUND, desk.lookUp(known).outcome());
            }
        }
        assertEquals(Outcome.PAUSED, desk.lookUp(wrongCode(0)).outcome());

        assertEquals(Outcome.PAUSED, desk.lookUp(known).outcome());
    }

    @Test
    void operatorsTakingTurnsAtOnePointAreStoppedTogether() throws Exception {
        int missesPerOperator = PickupCodeTry.PER_OPERATOR.limit() - 1;
        int missesAtThePoint = 0;
        while (missesAtThePoint < PickupCodeTry.PER_POINT.limit() - 1) {
            points.operatorAt("NSK-01");
            for (int i = 0; i < missesPerOperator && missesAtThePoint < PickupCodeTry.PER_POINT.limit() - 1; i++) {
                assertEquals(Outcome.NOT_HERE, desk.lookUp(wrongCode(++missesAtThePoint)).outcome());
            }
        }
        points.operatorAt("NSK-01");
        assertEquals(Outcome.PAUSED, desk.lookUp(wrongCode(0)).outcome(), "the point's last miss");

        points.operatorAt("NSK-01");
        assertEquals(Outcome.PAUSED, desk.lookUp(wrongCode(0)).outcome(), "a fresh operator at the point");
        points.operatorAt("EKB-01");
        assertEquals(Outcome.NOT_HERE, desk.lookUp(wrongCode(0)).outcome(), "a fresh operator at another point");
    }

    @Test
    void codesLookedUpInTheSearchCountLikeCodesAtTheDesk() throws Exception {
        String operator = points.operatorAt("SPB-02");
        OrderNumber number = orderWaitingAt("SPB-02", shop.newCustomer(), operator);
        PickupCode known = shop.orderNumbered(number).pickupCode();

        for (int i = 1; i <= PickupCodeTry.PER_OPERATOR.limit(); i++) {
            assertNull(searchFor(wrongCode(i).value()).codesPausedUntil());
            if (i == 1) {
                assertEquals(number, searchFor(known.value()).exactNumber(), "a code that fits is found and not counted");
            }
        }

        OrderSearchResult paused = searchFor(known.value());
        assertNotNull(paused.codesPausedUntil());
        assertNull(paused.exactNumber());
        assertEquals(List.of(), paused.slice().items());
        assertEquals(Outcome.PAUSED, desk.lookUp(known).outcome(), "the desk counts the search's misses too");
    }

    @Test
    void aCompletedOrdersCodeIsNoLongerServedAsAPicture() throws Exception {
        String customer = shop.newCustomer();
        String operator = points.operatorAt("MSK-03");
        OrderNumber number = orderWaitingAt("MSK-03", customer, operator);
        ShopClient browser = new ShopClient();
        browser.logIn(customer, ShopFixture.PASSWORD);
        assertEquals(200, browser.get("pickup-codes/qr/" + number + ".png").statusCode());

        desk.handOver(number, shop.orderNumbered(number).pickupCode(), List.of());

        assertEquals(404, browser.get("pickup-codes/qr/" + number + ".png").statusCode());
        assertEquals(404, browser.get("pickup-codes/barcode/" + number + ".png").statusCode());
    }
}
