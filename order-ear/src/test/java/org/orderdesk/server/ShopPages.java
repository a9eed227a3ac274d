package org.orderdesk.server;

import com.google.zxing.BarcodeFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a customer does with the shop's pages in the browser, by the ids the pages give their fields. */
public final class ShopPages {

    public static final String PASSWORD = "correct horse battery";
    public static final String OPERATOR_EMAIL = "operator@orderdesk.local";

    private final ChromeDriver browser;

    public ShopPages(ChromeDriver browser) {
        this.browser = browser;
    }

    /** An address no other test uses, so that accounts and mailboxes never collide. */
    public static String newEmail() {
        return "it-" + UUID.randomUUID() + "@orderdesk.test";
    }

    public void open(String path) {
        browser.get(TestSettings.shopUrl() + path);
        waitUpTo(30).until(driver -> "complete".equals(browser.executeScript("return document.readyState")));
    }

    /**
     * Registers and finishes as a customer does, through the link of the verification mail: afterwards the
     * browser is logged in, on the page the link brings it to.
     */
    public void register(String email, String name, String password) {
        open("shop/register");
        submitRegistration(email, name, password);
        finishRegistration(email);
    }

    /** Opens the link of the address's (latest) verification mail in this browser and confirms the address. */
    public void finishRegistration(String email) {
        open(Mailbox.awaitVerificationLink(email));
        click("verify:submit");
    }

    /** Fills in and sends the registration form the browser shows, wherever it came from. */
    public void submitRegistration(String email, String name, String password) {
        type("registration:email", email);
        type("registration:displayName", name);
        type("registration:password", password);
        type("registration:passwordAgain", password);
        click("registration:submit");
    }

    public void logIn(String email, String password) {
        open("shop/login");
        submitLogin(email, password);
    }

    /**
     * Fills in and sends the login form the browser shows, wherever it came from. An operator then gives the code
     * of their second factor, enrolling it first if the page asks to (OperatorCodes plays the app).
     */
    public void submitLogin(String email, String password) {
        type("login:email", email);
        type("login:password", password);
        click("login:submit");
        if (path().equals("/shop/second-factor")) {
            giveSecondFactor(email);
        }
    }

    private void giveSecondFactor(String email) {
        boolean enrolling = !browser.findElements(By.id("enrolment-secret")).isEmpty();
        if (enrolling) {
            OperatorCodes.enrolled(email, text("enrolment-secret"));
        }
        type("second-factor:code", OperatorCodes.nextCode(email));
        click("second-factor:submit");
        if (enrolling) {
            click("continue");
        }
    }

    /** Presses "Add to cart" on the product's card in the shop window. */
    public void addToCart(String sku) {
        open("");
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("li[data-sku='" + sku + "'] .add-to-cart input[type=submit]")).click();
        awaitNewPage(page);
    }

    public void choose(String radioGroupId, String value) {
        browser.findElement(By.cssSelector("input[name='" + radioGroupId + "'][value='" + value + "']")).click();
    }

    /** Logs out with the header's button, opening the phone's menu first when the button is inside it. */
    public void logOut() {
        if (!browser.findElement(By.id("logout:submit")).isDisplayed()) {
            browser.findElement(By.cssSelector(".site-menu > summary")).click();
        }
        click("logout:submit");
    }

    /**
     * Types into the field, looking it up again if Chromium swapped the document under it (seen right after a
     * navigation: "node does not belong to the document").
     */
    public void type(String id, String text) {
        waitUpTo(10).ignoring(StaleElementReferenceException.class)
                .ignoring(WebDriverException.class)
                .until(driver -> {
                    WebElement field = driver.findElement(By.id(id));
                    field.clear();
                    field.sendKeys(text);
                    return true;
                });
    }

    /**
     * Presses a submit button and waits until the browser shows the answer, so that the next step never races
     * the previous page's redirect.
     */
    public void click(String id) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.id(id)).click();
        awaitNewPage(page);
    }

    /** The old page is gone and the new one has loaded completely (not just begun to load). */
    private void awaitNewPage(WebElement oldPage) {
        WebDriverWait wait = waitUpTo(30);
        wait.until(driver -> isGone(oldPage));
        wait.until(driver -> "complete".equals(browser.executeScript("return document.readyState")));
    }

    /**
     * A wait that looks every 50 ms: with Selenium's default of half a second, an answer that came a little after
     * the click had returned cost half a second more.
     */
    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds), Duration.ofMillis(50));
    }

    /**
     * Chromium reports an element of a replaced document either as stale or as "node does not belong to the
     * document"; both mean the page has changed.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException other) {
            if (String.valueOf(other.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw other;
        }
    }

    public String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    public String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    public String path() {
        return java.net.URI.create(browser.getCurrentUrl()).getPath();
    }

    public boolean isLoggedIn() {
        return !browser.findElements(By.id("logout:submit")).isEmpty();
    }

    /**
     * Logs in as a new customer (NewCustomers), registered and verified through the services, who prefers the
     * language (ru or en), and returns its e-mail: for a test that is not about registering (register() goes through
     * the pages).
     */
    public String logInAsNewCustomer(String name, String language) {
        String email = NewCustomers.make(name, language);
        logIn(email, NewCustomers.PASSWORD);
        return email;
    }

    /** Logs in as a new operator (NewOperators) and returns its e-mail. */
    public String logInAsOperator() {
        String email = NewOperators.make();
        logIn(email, NewOperators.PASSWORD);
        return email;
    }

    /**
     * Puts the product in the cart and checks the cart out to the first pickup point, paying in cash on receipt;
     * returns the order number from the confirmation, which the browser shows.
     */
    public String placePickupOrder(String sku) {
        addToCart(sku);
        open("shop/checkout");
        choose("checkout:deliveryMethod", "PICKUP_POINT");
        choose("checkout:pickupPoint", "MSK-01");
        choose("checkout:paymentMethod", "CASH_ON_RECEIPT");
        click("checkout:submit");
        return text("order-number");
    }

    /** Fetches the image with the browser's session and reads the code of the given format in it. */
    public String decodeImage(String imageId, BarcodeFormat format) throws Exception {
        String src = browser.findElement(By.id(imageId)).getDomProperty("src");
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> png = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(src))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (png.statusCode() != 200) {
            throw new IllegalStateException(src + " answered " + png.statusCode());
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        return CodeScanner.read(image, format);
    }
}
