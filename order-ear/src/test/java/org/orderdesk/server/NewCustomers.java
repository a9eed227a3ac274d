package org.orderdesk.server;

import java.util.Map;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A new customer, registered and verified, for a browser test that is not about registering, made by
 * NewCustomerServlet (ShopFixture.newCustomer): registering through the pages (four page loads and a wait for the
 * verification mail) cost a few seconds before every such test. AccountBrowserIT registers through the pages. The
 * test classes that call this deploy the EAR with the tests.
 */
public final class NewCustomers {

    /** The browser's token by which the shop knows it (DeviceCookie, on plain HTTP as the tests use it). */
    private static final String DEVICE_COOKIE = "orderdesk_device";

    /** Every new customer's password. */
    public static final String PASSWORD = ShopFixture.PASSWORD;

    private NewCustomers() {
    }

    /**
     * The customer's order of one unit of the product, to the first pickup point, paid the given way
     * (CASH_ON_RECEIPT, ONLINE_CARD: ShopFixture.pickupOrder), placed through the checkout service as that customer;
     * returns its number. An order to be paid by card waits unpaid. It is placed as from the customer's browser:
     * the browser's device cookie goes along, so that the login for the order is no new browser's, which would mail
     * the customer (NewDeviceNotice).
     */
    public static String placeOrder(ChromeDriver customersBrowser, String email, String sku, String paymentMethod) {
        Cookie device = customersBrowser.manage().getCookieNamed(DEVICE_COOKIE);
        return FixtureServlets.post(NewOrderServlet.PATH, Map.of("email", email, "sku", sku, "payment", paymentMethod),
                device == null ? "" : DEVICE_COOKIE + "=" + device.getValue())[0];
    }

    /**
     * Its e-mail; the customer shows under the given name and prefers the language (ru or en), which the login page
     * then switches the browser to, as the registration page takes the browser's.
     */
    public static String make(String displayName, String language) {
        return FixtureServlets.post(NewCustomerServlet.PATH, Map.of("name", displayName, "language", language))[0];
    }
}
