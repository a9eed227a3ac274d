package org.orderdesk.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.orderdesk.order.InMemoryShop.ANNA;
import static org.orderdesk.order.InMemoryShop.BOOK;
import static org.orderdesk.order.InMemoryShop.BORIS;
import static org.orderdesk.order.InMemoryShop.CENTRE;
import static org.orderdesk.order.InMemoryShop.KETTLE;
import static org.orderdesk.order.InMemoryShop.NORTH;
import static org.orderdesk.order.InMemoryShop.atPoint;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.orderdesk.customer.domain.DeliveryAddress;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.mail.domain.OutboxMail;
import org.orderdesk.order.CheckoutRefusedException.Reason;
import org.orderdesk.order.domain.CustomerOrder;
import org.orderdesk.order.domain.DeliveryMethod;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.order.domain.PaymentMethod;
import org.orderdesk.order.domain.PickupCode;
import org.orderdesk.security.domain.EmailVerification;
import org.orderdesk.shared.Money;

/** Placing an order, against in-memory ports: what it takes, numbers, stores and mails, and what it refuses. */
class CheckoutServiceTest {

    private final InMemoryShop shop = new InMemoryShop();

    @Test
    void placingTakesTheStockNumbersTheOrderAndQueuesItsConfirmation() throws Exception {
        OrderNumber number = shop.place(ANNA, "t1", new CartLine(KETTLE, 2), new CartLine(BOOK, 1));

        assertEquals(OrderNumber.of(shop.anna.number(), 1), number);
        assertEquals(3, shop.stock(KETTLE));
        assertEquals(1, shop.stock(BOOK));
        CustomerOrder order = shop.order(number);
        assertEquals(Money.rubles("2450.50"), order.total());
        assertEquals(CENTRE, order.pickupPoint().code());
        assertEquals(OrderStatus.ASSEMBLING, order.status());
        assertEquals(PickupCode.LENGTH, order.pickupCode().value().length());
        OutboxMail mail = shop.outbox.mails().get(0);
        assertEquals(1, shop.outbox.mails().size());
        assertEquals(MailKind.ORDER_CONFIRMATION, mail.kind());
        assertEquals(number.value(), mail.eventKey());
        assertEquals(ANNA, mail.recipient());
    }

    @Test
    void aCustomersOrdersAreNumberedInTurnAndCarryDifferentPickupCodes() throws Exception {
        OrderNumber first = shop.place(ANNA, "t1", new CartLine(KETTLE, 1));
        OrderNumber second = shop.place(ANNA, "t2", new CartLine(KETTLE, 1));
        OrderNumber boris = shop.place(BORIS, "t3", new CartLine(KETTLE, 1));

        assertEquals(OrderNumber.of(shop.anna.number(), 2), second);
        assertEquals(OrderNumber.of(shop.boris.number(), 1), boris);
        assertNotEquals(shop.order(first).pickupCode(), shop.order(second).pickupCode());
    }

    @Test
    void placingAgainWithTheSameTokenReturnsTheSameOrderAndTakesNothingMore() throws Exception {
        OrderNumber first = shop.place(ANNA, "t1", new CartLine(KETTLE, 2));
        OrderNumber again = shop.place(ANNA, "t1", new CartLine(KETTLE, 2));

        assertEquals(first, again);
        assertEquals(3, shop.stock(KETTLE));
        assertEquals(1, shop.outbox.mails().size());
    }

    @Test
    void anotherCustomersTokenIsNeverTheirOrder() throws Exception {
        shop.place(ANNA, "t1", new CartLine(KETTLE, 1));

        assertThrows(IllegalStateException.class, () -> shop.place(BORIS, "t1", new CartLine(KETTLE, 1)));
    }

    @Test
    void moreThanIsInStockIsRefusedWithWhatIsLeftAndNothingIsPlaced() {
        CheckoutRefusedException refused = assertThrows(CheckoutRefusedException.class,
                () -> shop.place(ANNA, "t1", new CartLine(BOOK, 3)));

        assertEquals(Reason.OUT_OF_STOCK, refused.reason());
        assertEquals(BOOK, refused.sku());
        assertEquals(2, refused.available());
        assertEquals(2, shop.stock(BOOK));
        assertEquals(List.of(), shop.outbox.mails());
    }

    @Test
    void aProductNoLongerInTheCatalogIsRefused() {
        assertRefused(Reason.PRODUCT_GONE, () -> shop.place(ANNA, "t1", new CartLine("GONE-1", 1)));
    }

    @Test
    void anUnverifiedAddressMayNotOrder() {
        shop.verifications.add(new EmailVerification(shop.anna.account(), "hash", shop.clock.instant()));

        assertRefused(Reason.EMAIL_NOT_VERIFIED, () -> shop.place(ANNA, "t1", new CartLine(KETTLE, 1)));
        assertEquals(5, shop.stock(KETTLE));
    }

    @Test
    void oneLineTakesAtMostTheLimitsUnits() {
        CheckoutRefusedException refused = assertThrows(CheckoutRefusedException.class,
                () -> shop.place(ANNA, "t1", new CartLine(KETTLE, 11)));

        assertEquals(Reason.TOO_MANY_UNITS, refused.reason());
        assertEquals(10, refused.available());
    }

    @Test
    void aCustomerHoldsOnlySoManyOrdersWaitingForAnOnlinePaymentButMayStillPayOnReceipt() throws Exception {
        shop.customer.actAs(ANNA);
        for (String token : List.of("t1", "t2", "t3")) {
            shop.checkout.placeOrder(atPoint(token, CENTRE, PaymentMethod.ONLINE_CARD, new CartLine(KETTLE, 1)));
        }

        assertRefused(Reason.TOO_MANY_UNPAID, () -> shop.checkout.placeOrder(
                atPoint("t4", CENTRE, PaymentMethod.ONLINE_CARD, new CartLine(KETTLE, 1))));
        shop.place(ANNA, "t5", new CartLine(KETTLE, 1));
        assertEquals(1, shop.stock(KETTLE));
    }

    @Test
    void anUnknownPickupPointOrACourierWithoutAddressIsRefused() {
        shop.customer.actAs(ANNA);

        assertRefused(Reason.UNKNOWN_PICKUP_POINT, () -> shop.checkout.placeOrder(
                atPoint("t1", "NOWHERE", PaymentMethod.CASH_ON_RECEIPT, new CartLine(KETTLE, 1))));
        assertRefused(Reason.NO_DELIVERY_ADDRESS, () -> shop.checkout.placeOrder(new CheckoutRequest("t2",
                List.of(new CartLine(KETTLE, 1)), DeliveryMethod.COURIER, null, null,
                PaymentMethod.CASH_ON_RECEIPT)));
    }

    @Test
    void theCheckoutOffersThePointOfTheCustomersLatestOrderToOne() throws Exception {
        shop.customer.actAs(ANNA);
        shop.checkout.placeOrder(atPoint("t1", CENTRE, PaymentMethod.CASH_ON_RECEIPT, new CartLine(KETTLE, 1)));
        shop.checkout.placeOrder(atPoint("t2", NORTH, PaymentMethod.CASH_ON_RECEIPT, new CartLine(KETTLE, 1)));
        shop.checkout.placeOrder(new CheckoutRequest("t3", List.of(new CartLine(KETTLE, 1)), DeliveryMethod.COURIER,
                new DeliveryAddress("Москва", "Тверская", "1", null, "125009"), null, PaymentMethod.CASH_ON_RECEIPT));

        // The courier order in between changes nothing: the last point is still the one to offer.
        assertEquals(Optional.of(NORTH), shop.checkout.lastPickupPoint());
        shop.customer.actAs(BORIS);
        assertEquals(Optional.empty(), shop.checkout.lastPickupPoint());
    }

    private static void assertRefused(Reason reason, Placing placing) {
        assertEquals(reason, assertThrows(CheckoutRefusedException.class, placing::place).reason());
    }

    private interface Placing {
        void place() throws CheckoutRefusedException;
    }
}
