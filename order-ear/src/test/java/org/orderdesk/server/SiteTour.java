package org.orderdesk.server;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Every page of the site, as a visitor, a customer and an operator reach it: the pages under shop/, account/ and
 * admin/, in the states worth looking at (a filled cart, a refused login, an order with its code, a ticket, an
 * operator's refused second step), and the error pages a browser can reach. Layout and accessibility tests walk
 * it; the data is a new customer's own.
 */
public final class SiteTour {

    private static final String BOOK = "BOO-001";
    private static final String KETTLE = "KIT-001";

    /** One page on the tour: its name in failure messages, and how the browser gets there. */
    public record Stop(String name, Runnable open) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** What a test does at each stop: looks at the page the browser shows and writes down what is wrong. */
    @FunctionalInterface
    public interface Check {
        void at(String who, Stop stop, ChromeDriver browser, List<String> problems);
    }

    /**
     * Walks every page in the browser language given, as a visitor, a new customer and the operator, one after
     * another in one browser that forgets the last of them (Browser.forgetVisitor) and is closed at the end, and
     * returns what the check wrote down.
     */
    public static List<String> walk(String language, Check check) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        ChromeDriver browser = Browser.preferring(language);
        try {
            walk("visitor", browser, visitorStops(new ShopPages(browser)), check, problems);

            Browser.forgetVisitor(browser);
            SiteTour tour = prepare(browser, language);
            walk("customer", browser, tour.customerStops(new ShopPages(browser)), check, problems);

            Browser.forgetVisitor(browser);
            ShopPages console = new ShopPages(browser);
            String operator = console.logInAsOperator();
            walk("operator", browser, tour.operatorStops(console, browser, operator), check, problems);
        } finally {
            browser.quit();
        }
        return problems;
    }

    private static void walk(String who, ChromeDriver browser, List<Stop> stops, Check check, List<String> problems) {
        for (Stop stop : stops) {
            check.at(who, stop, browser, problems);
        }
    }

    private final String orderNumber;
    private final String ticketId;
    private final String unpaidOrderNumber;

    private SiteTour(String orderNumber, String ticketId, String unpaidOrderNumber) {
        this.orderNumber = orderNumber;
        this.ticketId = ticketId;
        this.unpaidOrderNumber = unpaidOrderNumber;
    }

    /**
     * A new customer who prefers the walk's language logs in in the browser, with an order, asks support about it, has a second order (to be paid
     * by card) left unpaid and puts a product in the cart; the browser stays logged in as that customer. The customer
     * and the orders come from the services (NewCustomers): the registration and checkout pages are stops of the
     * walks, with a product in the cart. Someone else has tried to register with the customer's address, so that
     * the console's mail log shows the longest event key there is (the account's id and a UUID) beside a long
     * address: the log outgrew the desktop with one, which a build's fresh data lacked until a later test made one.
     */
    public static SiteTour prepare(ChromeDriver browser, String language)
            throws IOException, InterruptedException {
        ShopPages shop = new ShopPages(browser);
        String customer = shop.logInAsNewCustomer("Покупатель", language);
        registerAgain(customer);
        String number = NewCustomers.placeOrder(browser, customer, BOOK, "CASH_ON_RECEIPT");
        shop.open("account/new-ticket?order=" + number);
        new Select(browser.findElement(By.id("ticket:topic"))).selectByValue("WHERE_IS_MY_ORDER");
        shop.type("ticket:text", "Где мой заказ?");
        shop.click("ticket:submit");
        String ticket = shop.text("ticket-number");
        String unpaid = NewCustomers.placeOrder(browser, customer, BOOK, "ONLINE_CARD");
        shop.addToCart(KETTLE);
        return new SiteTour(number, ticket, unpaid);
    }

    private static void registerAgain(String email) throws IOException, InterruptedException {
        HttpResponse<String> answer = new ShopClient()
                .submitRegistration(ShopClient.registrationForm(email, NewCustomers.PASSWORD));
        if (!answer.body().contains("id=\"registration-sent\"")) {
            throw new IllegalStateException("The registration page did not take the form: " + answer.body());
        }
    }

    /** What a visitor who is not logged in sees, the error pages included. */
    public static List<Stop> visitorStops(ShopPages shop) {
        List<Stop> stops = new ArrayList<>(pages(shop, "", "shop/index?q=%D1%87%D0%B0%D0%B9%D0%BD%D0%B8%D0%BA",
                "shop/index?category=kitchen", "shop/index?q=nothing-like-this", "shop/product?sku=" + KETTLE,
                "shop/cart", "shop/login", "shop/register", "shop/forgot-password", "shop/reset-password?token=x",
                "shop/verify-email?token=x",
                "shop/help", "shop/no-such-page", "shop/index?q=%00", "error/expired.xhtml",
                "error/server-error.xhtml"));
        stops.add(new Stop("shop/login, refused", () -> {
            shop.open("shop/login");
            shop.type("login:email", ShopPages.newEmail());
            shop.type("login:password", "not the password");
            shop.click("login:submit");
        }));
        stops.add(new Stop("shop/register, refused", () -> {
            shop.open("shop/register");
            shop.type("registration:email", "not an address");
            shop.click("registration:submit");
        }));
        stops.add(new Stop("shop/register, sent", () -> {
            shop.open("shop/register");
            shop.submitRegistration(ShopPages.newEmail(), "Посетитель", ShopPages.PASSWORD);
        }));
        stops.add(new Stop("shop/cart, filled", () -> shop.addToCart(KETTLE)));
        return stops;
    }

    /** The prepared customer's pages: cart and checkout with a product, the order, the ticket, the profile. */
    public List<Stop> customerStops(ShopPages shop) {
        List<Stop> stops = new ArrayList<>(pages(shop, "", "shop/product?sku=" + KETTLE, "shop/cart",
                "shop/checkout", "shop/confirmation?order=" + orderNumber, "shop/help", "account/index",
                "account/orders", "account/orders?tab=completed", "account/order?number=" + orderNumber,
                "account/order?number=" + orderNumber + "&cancel=true", "account/profile", "account/tickets",
                "account/ticket?id=" + ticketId, "account/new-ticket?order=" + orderNumber, "admin/index",
                "account/order?number=99999999-9999", "shop/payment?order=" + unpaidOrderNumber));
        stops.add(new Stop("shop/payment, card declined", () -> {
            shop.open("shop/payment?order=" + unpaidOrderNumber);
            shop.type("payment:cardNumber", "4000 0000 0000 0002");
            shop.click("payment:submit");
        }));
        stops.add(new Stop("account/order, cancelling without a reason", () -> {
            shop.open("account/order?number=" + orderNumber + "&cancel=true");
            shop.click("cancellation:submit");
        }));
        stops.add(new Stop("account/new-ticket, refused", () -> {
            shop.open("account/new-ticket?order=" + orderNumber);
            shop.click("ticket:submit");
        }));
        stops.add(new Stop("account/ticket, empty reply", () -> {
            shop.open("account/ticket?id=" + ticketId);
            shop.click("reply:submit");
        }));
        stops.add(new Stop("shop/checkout, refused", () -> {
            shop.open("shop/checkout");
            shop.choose("checkout:deliveryMethod", "COURIER");
            shop.click("checkout:submit");
        }));
        stops.add(new Stop("account/profile, refused", () -> {
            shop.open("account/profile");
            shop.type("change-password:currentPassword", "wrong");
            shop.click("change-password:submit");
        }));
        return stops;
    }

    /** The console, as the operator logged in in this browser sees it. */
    public List<Stop> operatorStops(ShopPages console, ChromeDriver browser, String operator) {
        List<Stop> stops = new ArrayList<>(pages(console, "admin/index", "admin/orders",
                "admin/orders?q=" + orderNumber.substring(0, 8), "admin/order?number=" + orderNumber,
                "admin/pickup-desk", "admin/tickets", "admin/ticket?id=" + ticketId, "admin/customers",
                "admin/customers?q=%D0%9F%D0%BE%D0%BA%D1%83%D0%BF%D0%B0%D1%82%D0%B5%D0%BB%D1%8C", "admin/mail",
                "admin/security-keys", "shop/index", "shop/product?sku=" + KETTLE));
        stops.add(new Stop("admin/pickup-desk, point chosen", () -> {
            console.open("admin/pickup-desk");
            new Select(browser.findElement(By.id("point:pointCode"))).selectByValue("MSK-01");
            console.click("point:submit");
        }));
        stops.add(new Stop("admin/order, cancelling without a reason", () -> {
            console.open("admin/order?number=" + orderNumber);
            console.click("cancel:submit");
        }));
        stops.add(new Stop("admin/mail-view", () -> {
            console.open("admin/mail");
            String href = browser.findElement(By.cssSelector("#mail-table .mail-link")).getDomAttribute("href");
            console.open(href.substring(1));
        }));
        // Last, for it logs the operator out: the second step of a login, with a refused code.
        stops.add(new Stop("shop/second-factor, refused", () -> {
            console.logOut();
            console.open("shop/login");
            console.type("login:email", operator);
            console.type("login:password", NewOperators.PASSWORD);
            console.click("login:submit");
            console.type("second-factor:code", "000000");
            console.click("second-factor:submit");
        }));
        return stops;
    }

    private static List<Stop> pages(ShopPages shop, String... paths) {
        List<Stop> stops = new ArrayList<>();
        for (String path : paths) {
            stops.add(new Stop(path.isEmpty() ? "/" : path, () -> shop.open(path)));
        }
        return stops;
    }
}
