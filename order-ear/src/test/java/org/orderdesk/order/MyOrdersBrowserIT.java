package org.orderdesk.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.orderdesk.server.CustomerAndOperatorBrowsers;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.Screen;

/** A customer in Chromium finding their orders, numbers and pickup codes in My orders; an operator moving them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MyOrdersBrowserIT extends CustomerAndOperatorBrowsers {

    private static final String BOOK = "BOO-001";
    private static final String MUG = "KIT-004";

    /** With the tests: its customers and operators are new ones (NewCustomers, NewOperators). */
    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Test
    void placedOrdersAreActiveNewestFirstAndAReceivedOneMovesToCompleted() {
        String first = placedOrder(BOOK);
        String second = placedOrder(BOOK);

        shop.click("my-orders-link");
        assertEquals("/account/orders", shop.path());
        assertEquals(List.of(second, first), listedNumbers());
        assertEquals("2", shop.text("active-count"));

        operatorMoves(first, "HANDED_TO_DELIVERY", "IN_TRANSIT", "AWAITING_PICKUP", "RECEIVED");
        assertEquals("Получен", console.text("order-status"));

        shop.open("account/orders");
        assertEquals(List.of(second), listedNumbers());
        assertEquals("1", shop.text("completed-count"));
        shop.click("tab-completed");
        assertEquals(List.of(first), listedNumbers());
    }

    @Test
    void theOrderPageShowsTheCodeWhoseQrDecodesToItsDigitsAndTheTimeline() throws Exception {
        placedOrder(BOOK);
        String code = shop.text("pickup-code");

        shop.click("order-link");

        assertEquals("/account/order", shop.path());
        assertEquals(code, shop.text("pickup-code"));
        assertEquals(code, shop.decodeImage("pickup-qr", BarcodeFormat.QR_CODE));
        assertEquals(code, shop.decodeImage("pickup-barcode", BarcodeFormat.CODE_128));
        List<String> steps = browser.findElements(By.cssSelector("#timeline .timeline-status")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Оформлен", "В сборке"), steps);
        assertEquals("В сборке", shop.text("order-status"));
    }

    @Test
    void anOrderReadyForPickupShowsItsPointDeadlineAndCodeInMyOrders() {
        String ready = placedOrder(BOOK);
        String code = shop.text("pickup-code");
        String assembling = placedOrder(BOOK);
        operatorMoves(ready, "HANDED_TO_DELIVERY", "IN_TRANSIT", "AWAITING_PICKUP");
        shop.open("account/order?number=" + ready);
        String deadline = shop.text("storage-deadline");
        onAPhoneScreen();

        shop.open("account/orders");

        WebElement readyRow = orderRow(ready);
        assertEquals(code, readyRow.findElement(By.className("pickup-code")).getText());
        assertTrue(readyRow.findElement(By.className("pickup-code")).isDisplayed());
        assertEquals("Пункт выдачи «Тверская»", readyRow.findElement(By.className("ready-point")).getText());
        assertEquals(deadline, readyRow.findElement(By.className("ready-deadline")).getText());
        assertStaysInside(readyRow.findElement(By.className("pickup-code")), readyRow);
        assertOnOneLine(readyRow.findElement(By.className("order-row-number")));
        assertTrue(orderRow(assembling).findElements(By.className("pickup-ready")).isEmpty(),
                "an order still being assembled shows no code in the list");
    }

    @Test
    void theOrderPageShowsThePointsAddressAndHoursByTheCodeAndWhatIsLeftToPay() {
        String number = placedOrder(BOOK);
        onAPhoneScreen();

        shop.click("order-link");

        String total = shop.text("order-total");
        assertEquals("ул. Тверская, д. 12, Москва, 125009", shop.text("pickup-point-address"));
        assertEquals("Пн–Вс 10:00–21:00", shop.text("pickup-point-hours"));
        assertEquals(total, shop.text("to-pay"));
        WebElement card = browser.findElement(By.className("pickup-code-card"));
        assertStaysInside(browser.findElement(By.id("pickup-code")), card);
        assertOnOneLine(browser.findElement(By.id("order-number")));

        shop.click("cancel-link");
        new Select(browser.findElement(By.id("cancellation:reason"))).selectByValue("CHANGED_MIND");
        shop.click("cancellation:submit");
        assertEquals(number, shop.text("order-number"));
        assertTrue(browser.findElements(By.id("to-pay")).isEmpty(), "nothing is left to pay for a cancelled order");
    }

    @Test
    void theHelpPageIsLinkedFromTheFooterAndFromTheConfirmation() {
        String number = placedOrder(BOOK);

        shop.click("help-link");
        assertEquals("/shop/help", shop.path());
        assertTrue(shop.text("help-order").contains(number), "the help page knows which order it is about");

        shop.open("shop/product?sku=" + BOOK);
        shop.click("footer-help-link");
        assertEquals("/shop/help", shop.path());
    }

    @Test
    void searchingByTheSequenceOpensTheOrder() {
        String number = placedOrder(BOOK);

        shop.open("account/orders");
        shop.type("q", "1");
        shop.click("search-submit");

        assertEquals("/account/order", shop.path());
        assertEquals(number, shop.text("order-number"));
        shop.open("account/orders?q=99");
        assertTrue(browser.findElement(By.id("q-error")).isDisplayed());
    }

    @Test
    void cancellingNeedsAReasonWorksBeforeHandOverAndIsRefusedAfter() {
        String early = placedOrder(BOOK);
        String late = placedOrder(BOOK);

        shop.open("account/order?number=" + early);
        shop.click("cancel-link");
        shop.click("cancellation:submit");
        assertFalse(shop.text("cancellation:reason-error").isBlank(), "a reason is asked for");
        new Select(browser.findElement(By.id("cancellation:reason"))).selectByValue("CHANGED_MIND");
        shop.click("cancellation:submit");
        assertEquals("Отменён", shop.text("order-status"));
        assertTrue(browser.findElements(By.id("pickup-code")).isEmpty(), "no code for a cancelled order");

        shop.open("account/order?number=" + late + "&cancel=true");
        operatorMoves(late, "HANDED_TO_DELIVERY");
        new Select(browser.findElement(By.id("cancellation:reason"))).selectByValue("TOO_LONG");
        shop.click("cancellation:submit");

        assertEquals("Передаётся в доставку", shop.text("order-status"));
        assertTrue(browser.findElements(By.id("cancel-link")).isEmpty(), "cancelling is no longer offered");
        assertTrue(browser.findElement(By.cssSelector(".page-messages")).getText().contains("нельзя"));
    }

    @Test
    void aCancelledOrderOwesNothingAndItsPickedReasonReadsInThePagesLanguage() {
        String number = placedOrder(BOOK);
        shop.open("account/order?number=" + number + "&cancel=true");
        new Select(browser.findElement(By.id("cancellation:reason"))).selectByValue("CHANGED_MIND");
        shop.click("cancellation:submit");

        assertTrue(shop.text("payment").endsWith("оплачивать нечего"), shop.text("payment"));
        assertEquals("Передумал(а)", cancellationReason());
        shop.click("language:en");
        assertTrue(shop.text("payment").endsWith("nothing to pay"), shop.text("payment"));
        assertEquals("I changed my mind", cancellationReason());

        console().open("admin/order?number=" + number);
        assertEquals(List.of("Передумал(а)"), operatorBrowser.findElements(By.cssSelector("#history .history-reason"))
                .stream().map(WebElement::getText).filter(reason -> !reason.isBlank()).toList());
    }

    private String cancellationReason() {
        return browser.findElement(By.cssSelector("#timeline .timeline-reason")).getText();
    }

    @Test
    void anotherCustomersOrderLooksExactlyLikeOneThatDoesNotExist() {
        String number = placedOrder(BOOK);

        assertHiddenFromAnotherCustomer("account/order?number=" + number, "account/order?number=99999999-9999");
        shop.open("account/orders");
        assertTrue(listedNumbers().isEmpty());
    }

    @Test
    void onAPhoneTheNumberAndTheCodeAreTwoClicksFromAnyPage() {
        String number = placedOrder(BOOK);
        String code = shop.text("pickup-code");
        browser.manage().window().setSize(new Dimension(390, 844));
        shop.open("shop/product?sku=KIT-001");

        shop.click("my-orders-link");
        assertTrue(browser.findElement(By.cssSelector("#order-list .order-row-number")).isDisplayed());
        browser.findElement(By.cssSelector("#order-list .order-row-link")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> "/account/order".equals(shop.path()));

        assertEquals(number, shop.text("order-number"));
        assertTrue(browser.findElement(By.id("pickup-code")).isDisplayed());
        assertEquals(code, shop.text("pickup-code"));
    }

    /** The "done when": all of it on a 360 px phone, never wider than the screen. */
    @Test
    void onA360PxPhoneAShopperSearchesAddsTheRightProductChecksOutAndFindsTheCodeInMyOrders() {
        Screen.PHONE_360.applyTo(browser);
        shop.open("");
        shop.type("q", "кружка");
        shop.click("search-submit");
        assertFitsTheScreen();
        shop.click(browser.findElement(By.cssSelector("li[data-sku='" + MUG + "'] .add-to-cart input[type=submit]"))
                .getDomAttribute("id"));
        assertFitsTheScreen();

        shop.click("cart-link");
        assertEquals(List.of(MUG), browser.findElements(By.cssSelector(".cart-line")).stream()
                .map(line -> line.getDomAttribute("data-sku")).toList());
        assertFitsTheScreen();
        shop.click("cart:checkout-link");
        shop.choose("checkout:deliveryMethod", "PICKUP_POINT");
        shop.choose("checkout:pickupPoint", "MSK-01");
        shop.choose("checkout:paymentMethod", "CASH_ON_RECEIPT");
        assertFitsTheScreen();
        shop.click("checkout:submit");
        String number = shop.text("order-number");
        String code = shop.text("pickup-code");
        assertFitsTheScreen();

        operatorMoves(number, "HANDED_TO_DELIVERY", "IN_TRANSIT", "AWAITING_PICKUP");
        shop.click("my-orders-link");

        WebElement shown = orderRow(number).findElement(By.className("pickup-code"));
        assertEquals(code, shown.getText());
        assertTrue(shown.getRect().getY() + shown.getRect().getHeight() <= Screen.PHONE_360.height,
                "the code is below the first screen");
        assertFitsTheScreen();
    }

    private void assertFitsTheScreen() {
        assertEquals(Boolean.TRUE, browser.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                shop.path() + " scrolls sideways");
    }

    private WebElement orderRow(String number) {
        return browser.findElement(By.cssSelector("#order-list li[data-number='" + number + "']"));
    }

    /** 360 CSS pixels, without mobile emulation: in mobile mode a too-wide page would widen the viewport with it. */
    private void onAPhoneScreen() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", false));
    }

    private void assertStaysInside(WebElement text, WebElement box) {
        Boolean inside = (Boolean) browser.executeScript("""
                const range = document.createRange();
                range.selectNodeContents(arguments[0]);
                const t = range.getBoundingClientRect(), b = arguments[1].getBoundingClientRect();
                return t.left >= b.left && t.right <= b.right;""", text, box);
        assertTrue(inside, text.getText() + " leaves its box");
    }

    /** The text's line boxes all start at the same height: it has not wrapped (an order number at its hyphen). */
    private void assertOnOneLine(WebElement text) {
        Long lines = (Long) browser.executeScript("""
                const range = document.createRange();
                range.selectNodeContents(arguments[0]);
                return new Set(Array.from(range.getClientRects(), r => Math.round(r.top))).size;""", text);
        assertEquals(1L, lines, text.getText() + " is broken over lines");
    }
}
