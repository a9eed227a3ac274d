package org.orderdesk.server;

import java.util.List;
import java.util.Objects;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.orderdesk.server.SiteTour.Stop;

/**
 * A postback that depends on the page's view parameters (the search, the product, the order, the ticket), checked
 * on a page the tour has just opened: the language switch, the one form every page but an error page has, comes
 * back to the same page with the same parameters, also after a refused form (a declined card, a cancellation without
 * a reason), whose answer used to stand at the bare view's address and lose the order it was about. The switch
 * goes to the other language and back to the walk's, so a walk in either language can check it.
 */
public final class LanguageRoundTrip {

    private LanguageRoundTrip() {
    }

    /** The check for a walk in the given language (ru or en), whose pages it switches to the other and back. */
    public static SiteTour.Check in(String language) {
        String other = "ru".equals(language) ? "en" : "ru";
        return (who, stop, browser, problems) -> check(who, stop, browser, problems, other, language);
    }

    /** Switches the open page's language there and back; adds what went wrong to the problems. */
    private static void check(String who, Stop stop, ChromeDriver browser, List<String> problems, String there,
            String back) {
        ShopPages shop = new ShopPages(browser);
        try {
            if (!browser.findElements(By.cssSelector(".error-page")).isEmpty()) {
                // An error page carries no form at all (a stateless view takes any postback); its links lead back.
                if (!browser.findElements(By.tagName("form")).isEmpty()) {
                    problems.add(who + " " + stop + ": an error page with a form");
                }
                return;
            }
            if (browser.findElements(By.id("language:" + there)).isEmpty()) {
                problems.add(who + " " + stop + ": no language switch");
                return;
            }
            String address = address(browser);
            String heading = heading(browser);
            shop.click("language:" + there);
            shop.click("language:" + back);
            if (!address.equals(address(browser)) || !Objects.equals(heading, heading(browser))) {
                problems.add(who + " " + stop + ": from \"" + heading + "\" at " + address + " to \""
                        + heading(browser) + "\" at " + address(browser));
            }
        } catch (WebDriverException e) {
            problems.add(who + " " + stop + ": " + e.getRawMessage());
        }
    }

    /** The path and query in the address bar. */
    private static String address(ChromeDriver browser) {
        return (String) browser.executeScript("return location.pathname + location.search");
    }

    private static String heading(ChromeDriver browser) {
        return (String) browser.executeScript("const h = document.querySelector('h1'); return h && h.textContent.trim()");
    }
}
