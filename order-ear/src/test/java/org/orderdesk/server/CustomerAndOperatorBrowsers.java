package org.orderdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * For browser tests of a customer and an operator: a Russian-speaking customer registered anew for each test, and
 * an operator's browser, opened and logged in the first time a test asks for the console.
 */
public abstract class CustomerAndOperatorBrowsers {

    protected ChromeDriver browser;
    protected ShopPages shop;
    protected String customerEmail;
    protected ChromeDriver operatorBrowser;
    protected ShopPages console;

    @BeforeEach
    protected void openBrowserAsNewCustomer() {
        browser = Browser.preferring("ru");
        shop = new ShopPages(browser);
        customerEmail = ShopPages.newEmail();
        shop.register(customerEmail, "Покупатель", ShopPages.PASSWORD);
    }

    @AfterEach
    protected void closeBrowsers() {
        browser.quit();
        if (operatorBrowser != null) {
            operatorBrowser.quit();
        }
    }

    protected ShopPages console() {
        if (console == null) {
            operatorBrowser = Browser.preferring("ru");
            console = new ShopPages(operatorBrowser);
            console.logInAsOperator();
        }
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
        shop.register(ShopPages.newEmail(), "Другой покупатель", ShopPages.PASSWORD);

        shop.open(ownPage);
        String foreign = shop.heading();
        shop.open(missingPage);

        assertEquals("Страница не найдена", foreign);
        assertEquals(foreign, shop.heading());
    }
}
