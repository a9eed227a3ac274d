package org.orderdesk.server;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One Chromium for the tests of a class: started by the first test that asks, and for each further one made to forget
 * the last visitor (Browser.forgetVisitor). Starting a Chromium took about as long as a short test.
 */
public final class ReusedChromium {

    private final String language;
    private ChromeDriver browser;

    /** A Chromium whose user prefers the language, once one is asked for. */
    public ReusedChromium(String language) {
        this.language = language;
    }

    /** The Chromium, started now or made a new visitor's. */
    public ChromeDriver forTheNextTest() {
        if (browser == null) {
            browser = Browser.preferring(language);
        } else {
            Browser.forgetVisitor(browser);
        }
        return browser;
    }

    /** Quits the Chromium, if one was started (its profile goes with it); the next test would start another. */
    public void quit() {
        if (browser != null) {
            try {
                browser.quit();
            } finally {
                browser = null;
            }
        }
    }
}
