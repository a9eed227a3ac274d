package org.orderdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * For browser tests of a customer and an operator: a Russian-speaking customer, new for each test and logged in
 * through the login page, and an operator's browser, opened and logged in the first time a test asks for the
 * console. One Chromium each per test class: starting one took about as long as a short test, and a new customer
 * needs no new browser, only one that forgets the last (Browser.forgetVisitor). The operator stays logged in from
 * test to test. The customers are made through the services (NewCustomers), not the registration pages, which are
 * AccountBrowserIT's subject: so a subclass deploys the EAR with the tests.
 */
public abstract class CustomerAndOperatorBrowsers {

    private static final ReusedChromium CUSTOMER_CHROMIUM = new ReusedChromium("ru");
    private static ChromeDriver operatorChromium;
    private static ShopPages operatorPages;
    private static String operatorEmail;

    protected ChromeDriver browser;
    protected ShopPages shop;
    protected String customerEmail;
    protected ChromeDriver operatorBrowser;
    protected ShopPages console;

    @BeforeEach
    protected void openBrowserAsNewCustomer() {
        browser = CUSTOMER_CHROMIUM.forTheNextTest();
        if (operatorChromium != null) {
            Browser.resetScreen(operatorChromium);
        }
        operatorBrowser = operatorChromium;
        console = operatorPages;
        shop = new ShopPages(browser);
        customerEmail = shop.logInAsNewCustomer("Покупатель", "ru");
    }

    @AfterAll
    static void closeBrowsers() {
        try {
            CUSTOMER_CHROMIUM.quit();
        } finally {
            if (operatorChromium != null) {
                operatorChromium.quit();
            }
            operatorChromium = null;
            operatorPages = null;
            operatorEmail = null;
        }
    }

    /** The operator logged in in the console's browser (console()): a new one for each test class. */
    protected static String operatorEmail() {
        return operatorEmail;
    }

    /**
     * The customer's new order of one unit of the product, to the first pickup point, cash on receipt, placed through
     * the services (NewCustomers.placeOrder): the checkout pages are CheckoutBrowserIT's subject, and going through
     * them cost four page loads an order. The customer's browser then shows its confirmation, as after a checkout.
     * Returns the order number.
     */
    protected String placedOrder(String sku) {
        String number = NewCustomers.placeOrder(browser, customerEmail, sku, "CASH_ON_RECEIPT");
        shop.open("shop/confirmation?order=" + number);
        return number;
    }

    /** The console's browser, with the operator (NewOperators) logged in. */
    protected ShopPages console() {
        if (operatorPages == null) {
            operatorChromium = Browser.preferring("ru");
            operatorPages = new ShopPages(operatorChromium);
            operatorEmail = operatorPages.logInAsOperator();
        }
        operatorBrowser = operatorChromium;
        console = operatorPages;
        return console;
    }

    /** The operator presses the buttons of the order's console page, one status after another. */
    protected void operatorMoves(String number, String... statuses) {
        console().open("admin/order?number=" + number);
        for (String status : statuses) {
            console.click("move:to-" + status);
        }
    }

    /** The order numbers My orders lists in the customer's browser, top to bottom. */
    protected List<String> listedNumbers() {
        return browser.findElements(By.cssSelector("#order-list .order-row-number")).stream()
                .map(WebElement::getText).toList();
    }

    /**
     * Logs in as another, new customer and checks that the first customer's page answers exactly like a page of
     * something that does not exist.
     */
    protected void assertHiddenFromAnotherCustomer(String ownPage, String missingPage) {
        shop.logOut();
        shop.logInAsNewCustomer("Другой покупатель", "ru");

        shop.open(ownPage);
        String foreign = shop.heading();
        shop.open(missingPage);

        assertEquals("Страница не найдена", foreign);
        assertEquals(foreign, shop.heading());
    }
}
