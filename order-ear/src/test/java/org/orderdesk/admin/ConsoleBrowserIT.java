package org.orderdesk.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.orderdesk.server.CustomerAndOperatorBrowsers;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.Mailbox;
import org.orderdesk.server.NewCustomers;
import org.orderdesk.server.ShopClient;

/** An operator in Chromium finding orders, moving them to the pickup point and handing them over at the desk. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleBrowserIT extends CustomerAndOperatorBrowsers {

    private static final String BOOK = "BOO-001";
    private static final String KETTLE = "KIT-001";
    private static final String[] TO_THE_POINT = {"HANDED_TO_DELIVERY", "IN_TRANSIT", "AWAITING_PICKUP"};

    /** With the tests: its customers and operators are new ones (NewCustomers, NewOperators). */
    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    private void search(String text) {
        console().open("admin/orders");
        console.type("q", text);
        console.click("search-submit");
    }

    @Test
    void theOperatorFindsAnOrderByNumberByPickupCodeAndByEmail() {
        String number = placedOrder(BOOK);
        String code = shop.text("pickup-code");

        search(number);
        assertEquals("/admin/order", console.path());
        assertEquals(number, console.text("order-number"));

        search(code);
        assertEquals(number, console.text("order-number"));

        search(customerEmail.toUpperCase());
        List<String> found = operatorBrowser.findElements(By.cssSelector(".order-result-link")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of(number), found);
    }

    @Test
    void anOrderMovedToThePointMailsItsCodeAndIsHandedOverAtTheDesk() throws Exception {
        String number = placedOrder(BOOK);
        String code = shop.text("pickup-code");

        operatorMoves(number, TO_THE_POINT);
        assertEquals("Ожидает получения", console.text("order-status"));
        assertEquals(operatorEmail(),
                operatorBrowser.findElement(By.cssSelector("#history .history-who")).getText());
        MimeMessage ready = Mailbox.awaitSubject(customerEmail, number);
        assertTrue(Mailbox.part(ready, "text/plain").contains(code));

        console.open("admin/pickup-desk");
        new Select(operatorBrowser.findElement(By.id("point:pointCode"))).selectByValue("MSK-01");
        console.click("point:submit");
        console.type("desk:code", "00000000");
        console.click("desk:submit");
        assertTrue(console.text("desk-answer").contains("нет"), console.text("desk-answer"));
        assertTrue(operatorBrowser.findElements(By.cssSelector(".desk-order")).isEmpty());

        console.type("desk:code", code);
        console.click("desk:submit");
        assertEquals(number, operatorBrowser.findElement(By.cssSelector(".desk-order-number")).getText());
        console.click(handOverButton());
        assertTrue(operatorBrowser.findElement(By.cssSelector(".page-messages")).getText().contains(number));

        shop.open("account/orders?tab=completed");
        assertEquals(List.of(number), listedNumbers());
    }

    @Test
    void theDeskHandsOverWhatTheCustomerTakesAndEveryPageAndTheMailSayWhatWasRefused() throws Exception {
        shop.addToCart(KETTLE);
        String number = shop.placePickupOrder(BOOK);
        String code = shop.text("pickup-code");
        operatorMoves(number, TO_THE_POINT);
        console.open("admin/index");
        long refusedTodayBefore = Long.parseLong(refusedToday());

        console.open("admin/pickup-desk");
        new Select(operatorBrowser.findElement(By.id("point:pointCode"))).selectByValue("MSK-01");
        console.click("point:submit");
        console.type("desk:code", code);
        console.click("desk:submit");
        String refusedName = secondLine().findElement(By.cssSelector(".desk-line-item")).getText();
        new Select(secondLine().findElement(By.cssSelector("select[id$='refused']"))).selectByValue("1");
        console.click(operatorBrowser.findElement(By.cssSelector(".desk-order input[id$='settle']")).getAttribute("id"));
        assertTrue(secondLine().findElement(By.cssSelector(".field-error")).getText().contains("почему"),
                "the missing reason is said next to its field");
        new Select(secondLine().findElement(By.cssSelector("select[id$='reason']"))).selectByValue("DAMAGED");
        String before = console.text(amountId());
        console.click(operatorBrowser.findElement(By.cssSelector(".desk-order input[id$='settle']")).getAttribute("id"));
        assertTrue(!console.text(amountId()).equals(before), console.text(amountId()));
        console.click(handOverButton());
        assertTrue(operatorBrowser.findElement(By.cssSelector(".page-messages")).getText().contains(number));

        shop.open("account/orders?tab=completed");
        assertTrue(browser.findElement(By.cssSelector(".partial-pickup")).getText().contains("1 из 2"));
        shop.open("account/order?number=" + number);
        String partial = shop.text("partial-pickup");
        assertTrue(partial.contains("1 из 2") && partial.contains("Повреждён"), partial);
        assertTrue(refusedName.contains(partial.substring(partial.indexOf("Отказ: ") + 7, partial.indexOf(" ×"))),
                refusedName + " / " + partial);
        MimeMessage received = Mailbox.awaitSubject(customerEmail, number + " получен");
        assertTrue(Mailbox.part(received, "text/plain").contains("1 из 2"), Mailbox.part(received, "text/plain"));

        search(customerEmail);  // an order number would open the order itself, not the list
        assertTrue(operatorBrowser.findElement(By.xpath("//tr[contains(@class, 'order-result')][.//a[text()='"
                + number + "']]//*[contains(@class, 'partial-pickup')]")).getText().contains("1 из 2"),
                "the search shows the partial pickup");
        console.open("admin/index");
        assertEquals(refusedTodayBefore + 1, Long.parseLong(refusedToday()), "the dashboard counts the refused unit");
    }

    private WebElement secondLine() {
        return operatorBrowser.findElement(By.cssSelector(".desk-line:nth-child(2)"));
    }

    private String refusedToday() {
        return operatorBrowser.findElement(By.cssSelector("#refused-units .refused-today")).getText().strip();
    }

    private String amountId() {
        return operatorBrowser.findElement(By.cssSelector(".desk-order .desk-amount")).getAttribute("id");
    }

    private String handOverButton() {
        return operatorBrowser.findElement(By.cssSelector(".desk-order input[id$='handover:submit']")).getAttribute("id");
    }

    @Test
    void aMoveTheStatusMachineDoesNotAllowIsRefusedEvenWhenForced() {
        String number = placedOrder(BOOK);
        console().open("admin/order?number=" + number);
        assertTrue(operatorBrowser.findElements(By.id("move:to-RECEIVED")).isEmpty(), "not offered");

        // Turn the offered button into one for RECEIVED, as a crafted POST would.
        WebElement offered = operatorBrowser.findElement(By.id("move:to-HANDED_TO_DELIVERY"));
        operatorBrowser.executeScript("arguments[0].name = 'move:to-RECEIVED'; arguments[0].id = 'forced';", offered);
        console.click("forced");

        assertEquals("В сборке", console.text("order-status"));
        assertTrue(operatorBrowser.findElement(By.cssSelector(".page-messages")).getText().contains("нельзя"));
    }

    @Test
    void theConsoleOffersNoCartAndItsCardsHoldTheirContent() {
        String number = placedOrder(BOOK);
        operatorMoves(number, TO_THE_POINT);
        assertTrue(operatorBrowser.findElements(By.id("cart-link")).isEmpty(), "no cart for operators");

        WebElement history = operatorBrowser.findElement(By.id("history"));
        WebElement historyCard = operatorBrowser.findElement(By.id("history-card"));
        assertTrue(right(history) <= right(historyCard), "the history table stays inside its card");

        console.open("admin/index");
        double pageWidth = width(operatorBrowser.findElement(By.cssSelector(".site-main h1")));
        assertTrue(width(operatorBrowser.findElement(By.id("chart-card"))) >= pageWidth - 1, "the chart is full width");
        List<Long> tileRows = operatorBrowser.findElements(By.cssSelector(".status-counts .stat")).stream()
                .map(tile -> Math.round(top(tile))).toList();
        assertEquals(tileRows.get(0), tileRows.get(2), "the first three status tiles share a row: " + tileRows);
    }

    private double right(WebElement element) {
        return rectangle(element, "right");
    }

    private double width(WebElement element) {
        return rectangle(element, "width");
    }

    private double top(WebElement element) {
        return rectangle(element, "top");
    }

    private double rectangle(WebElement element, String side) {
        return ((Number) operatorBrowser.executeScript("return arguments[0].getBoundingClientRect()[arguments[1]];",
                element, side)).doubleValue();
    }

    @Test
    void aCustomerCannotOpenAnyConsolePageNorPostAnOperatorAction() throws Exception {
        String number = placedOrder(BOOK);
        ShopClient customer = new ShopClient();
        customer.logIn(customerEmail, NewCustomers.PASSWORD);

        for (String page : List.of("admin/index", "admin/orders", "admin/order?number=" + number,
                "admin/pickup-desk", "admin/customers", "admin/mail", "admin/mail-view?id=1", "admin/mail-html/1",
                "admin/tickets")) {
            assertEquals(403, customer.get(page).statusCode(), page);
        }
        customer.get("account/orders");
        // The view state of the customer's own page, posted as if it were the console's move form.
        assertEquals(403, customer.submit("admin/order", "move", Map.of("to-HANDED_TO_DELIVERY", "x"))
                .statusCode());
        shop.open("account/order?number=" + number);
        assertEquals("В сборке", shop.text("order-status"));
    }
}
