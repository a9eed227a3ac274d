package org.orderdesk.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.orderdesk.server.CustomerAndOperatorBrowsers;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.NewCustomers;
import org.orderdesk.server.Screen;

/** A customer in Chromium from the shop window to the confirmation page, by pickup point and by courier. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CheckoutBrowserIT extends CustomerAndOperatorBrowsers {

    /** With the tests: its customers are new ones (NewCustomers). */
    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Test
    void checkoutToAPickupPointEndsWithTheNumberAndAReadablePickupCode() throws Exception {
        shop.addToCart("BOO-001");
        shop.addToCart("KIT-001");
        shop.open("shop/cart");
        assertEquals(2, browser.findElements(By.cssSelector(".cart-line")).size());

        shop.click("cart:checkout-link");
        shop.choose("checkout:deliveryMethod", "PICKUP_POINT");
        shop.choose("checkout:pickupPoint", "MSK-01");
        shop.choose("checkout:paymentMethod", "CASH_ON_RECEIPT");
        shop.click("checkout:submit");

        assertEquals("/shop/confirmation", shop.path());
        assertTrue(shop.text("order-number").matches("^\\d{8}-\\d{4}$"), shop.text("order-number"));
        String code = shop.text("pickup-code");
        assertTrue(code.matches("\\d{8}"), code);
        assertEquals(code, shop.decodeImage("pickup-qr", BarcodeFormat.QR_CODE));
        assertEquals(code, shop.decodeImage("pickup-barcode", BarcodeFormat.CODE_128));
        shop.open("shop/cart");
        assertTrue(browser.findElements(By.id("cart-empty")).size() == 1, "the cart is empty after ordering");
    }

    @Test
    void aSecondSubmitAfterTheFirstPlacedTheOrderShowsTheSameOrdersConfirmation() {
        fillInCheckoutToPoint("BOO-002", "MSK-01");

        // The first click's request ends (the order placed, the cart emptied) before the second is sent: the
        // double click whose second answer used to be "your cart is empty".
        Object firstAnswer = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('checkout');
                const data = new URLSearchParams(new FormData(form, document.getElementById('checkout:submit')));
                fetch(form.action, {method: 'POST', body: data, redirect: 'manual'}).then(answer => done(answer.type));
                """);
        shop.click("checkout:submit");

        assertEquals("opaqueredirect", firstAnswer, "the first submit did not place the order");
        assertEquals("/shop/confirmation", shop.path());
        String number = shop.text("order-number");
        shop.open("account/orders");
        List<String> orders = browser.findElements(By.cssSelector(".order-row-number")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of(number), orders);
    }

    @Test
    void courierDeliveryWithADeclinedThenAnApprovedCard() {
        shop.addToCart("ELE-002");
        shop.open("shop/checkout");
        shop.choose("checkout:deliveryMethod", "COURIER");
        shop.choose("checkout:paymentMethod", "ONLINE_CARD");
        shop.type("checkout:city", "Москва");
        shop.type("checkout:street", "Тверская улица");
        shop.type("checkout:house", "12");
        shop.type("checkout:postcode", "1250");
        shop.click("checkout:submit");
        assertEquals("Индекс — шесть цифр, например 125009.", shop.text("checkout:postcode-error"));
        assertEquals("Москва", browser.findElement(By.id("checkout:city")).getDomProperty("value"));

        shop.type("checkout:postcode", "125009");
        shop.click("checkout:submit");
        assertEquals("/shop/payment", shop.path());
        String number = shop.text("order-number");

        shop.type("payment:cardNumber", "4000 0000 0000 0002");
        shop.click("payment:submit");
        assertTrue(shop.text("payment:cardNumber-error").startsWith("Банк отклонил оплату"));
        assertEquals("order=" + number, java.net.URI.create(browser.getCurrentUrl()).getQuery(),
                "the refused payment's page still names its order");

        shop.type("payment:cardNumber", "4242 4242 4242 4242");
        shop.click("payment:submit");
        assertEquals("/shop/confirmation", shop.path());
        assertEquals(number, shop.text("order-number"));
        assertTrue(shop.text("delivery").contains("125009, Москва, Тверская улица, 12"));
    }

    @Test
    void payingInASecondTabAfterTheFirstPaidChargesNothingAndSaysTheOrderIsPaid() {
        shop.addToCart("BOO-001");
        shop.open("shop/checkout");
        shop.choose("checkout:deliveryMethod", "PICKUP_POINT");
        shop.choose("checkout:pickupPoint", "MSK-01");
        shop.choose("checkout:paymentMethod", "ONLINE_CARD");
        shop.click("checkout:submit");
        String number = shop.text("order-number");
        assertTrue(shop.text("payment-deadline").startsWith("Оплатите до"), shop.text("payment-deadline"));
        String firstTab = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        shop.open("shop/payment?order=" + number);
        shop.type("payment:cardNumber", "4242 4242 4242 4242");
        shop.click("payment:submit");
        assertEquals("/shop/confirmation", shop.path());

        browser.switchTo().window(firstTab);
        shop.type("payment:cardNumber", "4242 4242 4242 4242");
        shop.click("payment:submit");

        assertEquals("/shop/confirmation", shop.path());
        assertEquals(number, shop.text("order-number"));
        assertEquals("Этот заказ уже оплачен.", browser.findElement(By.cssSelector(".page-messages")).getText());
    }

    @Test
    void theCartNeverHoldsMoreThanTheStock() {
        // ELE-003 is seeded with three units; this customer tries to buy four of them.
        for (int i = 0; i < 3; i++) {
            shop.addToCart("ELE-003");
        }
        shop.open("shop/cart");
        assertEquals("3", browser.findElement(By.cssSelector(".cart-line .qty")).getText());
        assertTrue(browser.findElement(By.cssSelector(".cart-line input[value='+']")).getDomAttribute("disabled")
                != null, "no more than the stock can be added");
    }

    @Test
    void theProfileAddressIsCheckedSavedAndOfferedAtCheckout() {
        shop.open("account/profile");
        shop.type("address:city", "Казань");
        shop.type("address:street", "улица Баумана");
        shop.type("address:house", "7");
        shop.type("address:postcode", "42O111");
        shop.click("address:submit");
        assertEquals("Индекс — шесть цифр, например 125009.", shop.text("address:postcode-error"));

        shop.type("address:postcode", "420111");
        shop.click("address:submit");
        assertEquals("Адрес сохранён.", browser.findElement(By.cssSelector(".page-messages")).getText());

        shop.addToCart("BOO-002");
        shop.open("shop/checkout");
        assertEquals("Казань", browser.findElement(By.id("checkout:city")).getDomProperty("value"));
        assertEquals("420111", browser.findElement(By.id("checkout:postcode")).getDomProperty("value"));
    }

    @Test
    void aGuestCartJoinsTheAccountCartAtLoginAndFollowsTheCustomerToTheNextSession() {
        shop.addToCart("BOO-004");
        shop.logOut();
        shop.addToCart("KIT-002");

        shop.logIn(customerEmail, NewCustomers.PASSWORD);
        assertEquals(java.util.Set.of("BOO-004", "KIT-002"), cartSkus());

        shop.logOut();
        shop.open("shop/cart");
        assertEquals(1, browser.findElements(By.id("cart-empty")).size(), "a guest's new session starts empty");
        shop.logIn(customerEmail, NewCustomers.PASSWORD);
        assertEquals(java.util.Set.of("BOO-004", "KIT-002"), cartSkus());
    }

    private java.util.Set<String> cartSkus() {
        shop.open("shop/cart");
        return browser.findElements(By.cssSelector(".cart-line")).stream()
                .map(line -> line.getDomAttribute("data-sku")).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void theCheckoutShowsOnlyTheChosenDeliveryMethodsFieldsAndPriceAtOnce() {
        shop.addToCart("BOO-001");
        shop.open("shop/checkout");

        shop.choose("checkout:deliveryMethod", "PICKUP_POINT");
        assertEquals("Бесплатно", shop.text("delivery-price"));
        assertTrue(browser.findElement(By.id("checkout:pickupPoint")).isDisplayed());
        assertTrue(!browser.findElement(By.id("checkout:street")).isDisplayed(), "the courier's address is shown");
        shop.choose("checkout:deliveryMethod", "COURIER");

        assertEquals("299,00", amount("delivery-price"));
        assertEquals("1289,00", amount("total"));
        assertTrue(browser.findElement(By.id("checkout:street")).isDisplayed());
        assertTrue(!browser.findElement(By.id("checkout:pickupPoint")).isDisplayed(), "the pickup points are shown");
    }

    @Test
    void aRefusedCheckoutSaysWhatIsWrongAtTheTopAndTakesTheFocusThere() {
        Screen.PHONE_360.applyTo(browser);
        shop.addToCart("BOO-006");
        shop.open("shop/checkout");
        assertEquals(List.of(), checkedPickupPoints(), "a new customer has no point of their own yet");
        WebElement noPoint = browser.findElement(By.id("checkout:no-point-chosen"));
        assertTrue(noPoint.isDisplayed(), "nothing says so");
        assertOnTheFirstScreen(noPoint, "the note that no point is chosen");
        shop.choose("checkout:paymentMethod", "CASH_ON_RECEIPT");

        shop.click("checkout:submit");

        WebElement summary = browser.findElement(By.id("error-summary"));
        assertEquals("error-summary", browser.executeScript("return document.activeElement.id"));
        assertOnTheFirstScreen(summary, "the summary");
        WebElement link = summary.findElement(By.tagName("a"));
        assertEquals("Выберите пункт выдачи из списка.", link.getText());
        assertEquals("true", browser.findElement(By.id("point-MSK-01")).getDomAttribute("aria-invalid"));
        link.click();
        assertEquals("checkout:pickupPoint", browser.executeScript("return document.activeElement.name"));
    }

    @Test
    void theNextCheckoutOffersThePointChosenLastTimeAmongPointsGroupedByCity() {
        fillInCheckoutToPoint("BOO-006", "SPB-02");
        List<String> cities = browser.findElements(By.cssSelector(".city-points legend")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Екатеринбург", "Казань", "Москва", "Новосибирск", "Санкт-Петербург"), cities);
        assertEquals("Санкт-Петербург", browser.findElement(By.xpath(
                "//input[@value='SPB-02']/ancestor::fieldset/legend")).getText(), "a point outside its city");
        shop.click("checkout:submit");
        assertEquals("/shop/confirmation", shop.path());

        shop.addToCart("BOO-006");
        shop.open("shop/checkout");

        assertEquals(List.of("SPB-02"), checkedPickupPoints());
        assertTrue(browser.findElements(By.id("checkout:no-point-chosen")).isEmpty(), "a point is chosen");
    }

    /** The element's top is within the window, as the page is scrolled now (a phone's 740 px, say). */
    private void assertOnTheFirstScreen(WebElement element, String what) {
        Number top = (Number) browser.executeScript("return arguments[0].getBoundingClientRect().top", element);
        Number screen = (Number) browser.executeScript("return window.innerHeight");
        assertTrue(top.doubleValue() >= 0 && top.doubleValue() < screen.doubleValue(), what + " is out of sight: " + top);
    }

    /** The checkout of one product to the pickup point, cash on receipt, filled in and not yet sent. */
    private void fillInCheckoutToPoint(String sku, String point) {
        shop.addToCart(sku);
        shop.open("shop/checkout");
        shop.choose("checkout:deliveryMethod", "PICKUP_POINT");
        shop.choose("checkout:pickupPoint", point);
        shop.choose("checkout:paymentMethod", "CASH_ON_RECEIPT");
    }

    private List<String> checkedPickupPoints() {
        return browser.findElements(By.cssSelector("input[name='checkout:pickupPoint']:checked")).stream()
                .map(radio -> radio.getDomAttribute("value")).toList();
    }

    /** The amount shown, without the currency sign and the (narrow, no-break) spaces between thousands. */
    private String amount(String id) {
        return shop.text(id).replaceAll("[^0-9,]", "");
    }
}
