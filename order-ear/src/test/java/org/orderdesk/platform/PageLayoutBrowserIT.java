package org.orderdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.NewCustomers;
import org.orderdesk.server.ReusedChromium;
import org.orderdesk.server.Screen;
import org.orderdesk.server.ShopClient;
import org.orderdesk.server.ShopPages;
import org.orderdesk.server.SiteTour;
import org.orderdesk.server.SiteTour.Stop;

/**
 * Every page on a 360 px and a 390 px phone and on a 1280 px desktop: nothing scrolls sideways, cards hold their
 * content, the order number stays on one line and the pickup code in its card; on a phone the header is one compact
 * row with a menu, and its links and buttons are big enough to hit with a finger.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageLayoutBrowserIT {

    /** One compact row: a 44 px touch target and a little padding. */
    private static final int MAX_PHONE_HEADER = 72;
    private static final int MIN_TOUCH_TARGET = 44;

    /**
     * Layout problems of the page on the screen, as sentences; empty when there are none. Scrollbars that take room
     * (the desktop's) are left out of the width: a page fits when its content is no wider than what is left.
     */
    private static final String PROBLEMS = """
            const [phone, maxHeader, minTarget] = arguments;
            const problems = [];
            const root = document.documentElement;
            const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
            if (root.scrollWidth > root.clientWidth) {
                const wide = [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > root.clientWidth + 1 && !e.closest('.table-scroll'))
                        .slice(0, 3).map(describe);
                problems.push('scrolls sideways: ' + root.scrollWidth + ' px > ' + root.clientWidth + ' px (' + wide + ')');
            }
            if (!phone) {
                for (const box of document.querySelectorAll('.form-card, .table-scroll')) {
                    if (box.scrollWidth > box.clientWidth + 1) {
                        problems.push(describe(box) + ' spills: ' + box.scrollWidth + ' px > ' + box.clientWidth + ' px');
                    }
                }
            }
            const lines = e => { const r = document.createRange(); r.selectNodeContents(e); return r; };
            for (const number of document.querySelectorAll('.order-number, .order-row-number, .desk-order-number')) {
                const rects = [...lines(number).getClientRects()].filter(r => r.width > 0);
                if (new Set(rects.map(r => Math.round(r.top))).size > 1) {
                    problems.push('the order number ' + number.textContent.trim() + ' breaks');
                }
            }
            for (const code of document.querySelectorAll('.pickup-code')) {
                const text = lines(code).getBoundingClientRect();
                const card = (code.closest('.pickup-code-card') || code.parentElement).getBoundingClientRect();
                const rows = new Set([...lines(code).getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                if (text.left < card.left || text.right > card.right || rows.size > 1) {
                    problems.push('the pickup code leaves its card or breaks: ' + Math.round(text.left) + '..'
                            + Math.round(text.right) + ' in ' + Math.round(card.left) + '..' + Math.round(card.right));
                }
            }
            if (phone) {
                const header = document.querySelector('.site-header').getBoundingClientRect().height;
                if (header > maxHeader) {
                    problems.push('the header is ' + Math.round(header) + ' px high');
                }
                for (const target of document.querySelectorAll(
                        '.site-header a, .site-header button, .site-header input[type=submit], .site-header summary')) {
                    const box = target.getBoundingClientRect();
                    if (target.checkVisibility() && (box.width < minTarget || box.height < minTarget)) {
                        problems.push('touch target ' + describe(target) + ' is ' + Math.round(box.width) + '×'
                                + Math.round(box.height) + ' px');
                    }
                }
            }
            return problems;
            """;

    /** PROBLEMS, as an asynchronous script that answers with them in the browser's next frame. */
    private static final String IN_THE_NEXT_FRAME = "const given = arguments;\n"
            + "requestAnimationFrame(() => given[given.length - 1]((function () {\n" + PROBLEMS + "}).apply(null, given)));";

    /** With the tests: its customers and operators are new ones (NewCustomers, NewOperators). */
    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    private static final ReusedChromium CHROMIUM = new ReusedChromium("ru");

    @AfterAll
    static void closeBrowser() {
        CHROMIUM.quit();
    }

    @Test
    void everyPageFitsBothPhonesAndTheDesktop() throws Exception {
        assertEquals(List.of(), SiteTour.walk("ru", PageLayoutBrowserIT::checkOnEveryScreen));
    }

    @Test
    void onAPhoneTheMenuOpensWithoutScriptAndHoldsEveryLinkOnce() {
        ChromeDriver browser = CHROMIUM.forTheNextTest();
        ShopPages shop = new ShopPages(browser);
        Screen.PHONE_360.applyTo(browser);
        shop.open("shop/help");
        WebElement login = browser.findElement(By.id("login-link"));
        assertFalse(login.isDisplayed(), "the menu starts closed");

        openMenu(browser);
        assertTrue(login.isDisplayed());
        assertEquals(List.of(), problemsOf(browser, Screen.PHONE_360).stream()
                .filter(problem -> !problem.startsWith("the header is")).toList());

        shop.logInAsNewCustomer("Покупатель", "ru");
        shop.open("account/orders");
        openMenu(browser);
        // The brand links home as brands do; beside it, no address is offered twice.
        List<String> targets = browser.findElements(By.cssSelector(".site-header a:not(.brand)")).stream()
                .filter(WebElement::isDisplayed).map(link -> link.getDomAttribute("href")).toList();
        assertEquals(targets.stream().distinct().toList(), targets, "no address twice in the header");
        assertTrue(browser.findElement(By.id("logout:submit")).isDisplayed());
    }

    /**
     * The list of sessions, and with it the button that ends all the others, appears only when the customer is
     * signed in somewhere else too, which no walk of the site reaches. A submit button's text never wraps by
     * itself: the Russian "end all others" pushed a 360 px page 29 px sideways.
     */
    @Test
    void aCustomerSignedInElsewhereSeesTheSessionsOnAPhoneWithoutScrollingSideways() throws Exception {
        ChromeDriver browser = CHROMIUM.forTheNextTest();
        ShopPages shop = new ShopPages(browser);
        Screen.PHONE_360.applyTo(browser);
        String email = shop.logInAsNewCustomer("Покупатель", "ru");
        new ShopClient().logIn(email, NewCustomers.PASSWORD);

        shop.open("account/profile");

        assertEquals(2, browser.findElements(By.cssSelector(".session")).size(), "this browser and the other one");
        assertTrue(browser.findElement(By.id("sessions:submit")).isDisplayed());
        assertEquals(List.of(), problemsOf(browser, Screen.PHONE_360));
    }

    @Test
    void operatorsAreNotOfferedACart() {
        ChromeDriver browser = CHROMIUM.forTheNextTest();
        ShopPages console = new ShopPages(browser);
        console.logInAsOperator();
        for (String page : List.of("admin/index", "shop/index", "shop/help")) {
            console.open(page);
            assertTrue(browser.findElements(By.id("cart-link")).isEmpty(), page);
        }
    }

    @Test
    void aPhonesFirstScreenOfTheCatalogShowsProductsWithTheirPrices() {
        ChromeDriver browser = CHROMIUM.forTheNextTest();
        Screen.PHONE_360.applyTo(browser);
        new ShopPages(browser).open("");
        long pricesInView = browser.findElements(By.cssSelector(".product-card .product-price")).stream()
                .filter(price -> price.getRect().getY() + price.getRect().getHeight() <= Screen.PHONE_360.height)
                .count();
        assertTrue(pricesInView >= 2, "prices on the first screen: " + pricesInView);
    }

    private static void openMenu(ChromeDriver browser) {
        browser.findElement(By.cssSelector(".site-menu > summary")).click();
    }

    /**
     * Opens the stop once, on the first screen, and looks at it on every screen in turn. A page resized is laid out
     * as one opened at that size: the layout is the stylesheet's, and the one script that follows the width
     * (menu.js) listens for its media query to change. Opening every page anew on each screen tripled the walk.
     */
    private static void checkOnEveryScreen(String who, Stop stop, ChromeDriver browser, List<String> problems) {
        Screen.values()[0].applyTo(browser);
        try {
            stop.open().run();
            for (Screen screen : Screen.values()) {
                screen.applyTo(browser);
                for (String problem : problemsOf(browser, screen)) {
                    problems.add(who + " " + screen + " " + stop + ": " + problem);
                }
            }
        } catch (WebDriverException e) {
            problems.add(who + " " + stop + ": " + e.getRawMessage());
        }
    }

    /**
     * The page's problems on the screen, looked at in the next frame: by then the browser has told the page's
     * scripts of a media query the new size changed (menu.js opens or closes the menu).
     */
    @SuppressWarnings("unchecked")
    private static List<String> problemsOf(ChromeDriver browser, Screen screen) {
        return (List<String>) browser.executeAsyncScript(IN_THE_NEXT_FRAME, screen.phone, MAX_PHONE_HEADER,
                MIN_TOUCH_TARGET);
    }
}
