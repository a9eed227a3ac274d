package org.orderdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.Mailbox;
import org.orderdesk.server.NewCustomers;
import org.orderdesk.server.ReusedChromium;
import org.orderdesk.server.ShopPages;
import org.orderdesk.server.TestSettings;

/** A customer in Chromium: registration, login and logout, wrong passwords, password reset. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountBrowserIT {

    private static final String BOOK = "BOO-001";
    private static final Pattern RESET_LINK = Pattern.compile("(http://\\S+/shop/reset-password\\?token=\\S+)");

    /**
     * With the tests: the tests whose account is where they start, not what they are about, have it made through the
     * services (NewCustomers); registering through the pages is tested on its own.
     */
    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    private static final ReusedChromium CHROMIUM = new ReusedChromium("en");

    private ChromeDriver browser;
    private ShopPages shop;

    @BeforeEach
    void openBrowserAsNewVisitor() {
        browser = CHROMIUM.forTheNextTest();
        shop = new ShopPages(browser);
    }

    @AfterAll
    static void closeBrowser() {
        CHROMIUM.quit();
    }

    @Test
    void registerLogOutLogInAndSeeTheProfile() {
        String email = ShopPages.newEmail();

        shop.register(email, "Anna Petrova", ShopPages.PASSWORD);

        assertEquals("/account/profile", shop.path());
        assertTrue(shop.text("customer-number").matches("\\d{8}"), shop.text("customer-number"));
        shop.logOut();
        assertFalse(shop.isLoggedIn());
        shop.logIn(email, ShopPages.PASSWORD);
        assertEquals("Profile", shop.heading());
        assertEquals(email, shop.text("profile-email"));
        assertEquals("Anna Petrova", browser.findElement(org.openqa.selenium.By.id("contact:displayName"))
                .getDomProperty("value"));
    }

    @Test
    void wrongPasswordsNeverLockTheOwnerOutOfTheirOwnBrowser() {
        // The owner is known by the address of their last login: the browser's.
        String email = shop.logInAsNewCustomer("Boris", "en");
        shop.logOut();

        // Past the account's free failures: a stranger elsewhere would now wait (LoginThrottleIT), the owner not.
        for (int attempt = 0; attempt < 7; attempt++) {
            shop.logIn(email, "wrong password " + attempt);
            assertEquals("Wrong e-mail or password.", shop.text("login:messages"));
        }
        shop.logIn(email, NewCustomers.PASSWORD);

        assertTrue(shop.isLoggedIn(), "the owner's browser is not locked out");
    }

    @Test
    void forgottenPasswordIsResetThroughTheMailedLinkWhichWorksOnce() throws Exception {
        String email = NewCustomers.make("Vera", "en");

        shop.open("shop/forgot-password");
        shop.type("forgot:email", email);
        shop.click("forgot:submit");
        assertTrue(shop.text("forgot-sent").startsWith("If this address is registered"));

        MimeMessage mail = Mailbox.awaitSubject(email, "Reset your OrderDesk password");
        Matcher link = RESET_LINK.matcher(Mailbox.part(mail, "text/plain"));
        assertTrue(link.find(), "reset link in the mail");
        browser.get(link.group(1));
        shop.type("reset:password", "a brand new passphrase");
        shop.type("reset:passwordAgain", "a brand new passphrase");
        shop.click("reset:submit");
        assertEquals("/shop/login", shop.path());

        shop.logIn(email, "a brand new passphrase");
        assertTrue(shop.isLoggedIn());
        shop.logOut();
        browser.get(link.group(1));
        assertTrue(shop.text("reset-invalid").contains("This link does not work"));
    }

    @Test
    void aStrangerAskingForAResetSeesTheSameAnswer() {
        shop.open("shop/forgot-password");
        shop.type("forgot:email", ShopPages.newEmail());
        shop.click("forgot:submit");

        assertTrue(shop.text("forgot-sent").startsWith("If this address is registered"));
    }

    @Test
    void aCustomerOpeningTheConsoleGetsTheFriendlyNoAccessPage() {
        shop.logInAsNewCustomer("Gleb", "en");

        shop.open("admin/index");

        assertEquals("No access", shop.heading());
    }

    @Test
    void aLoggedOutVisitorIsSentToLoginAndBroughtBack() {
        String email = NewCustomers.make("Dina", "en");

        shop.open("account/profile");
        assertEquals("/shop/login", shop.path());
        shop.submitLogin(email, NewCustomers.PASSWORD);

        assertEquals("/account/profile", shop.path());
        assertEquals("Profile", shop.heading());
    }

    @Test
    void badInputGetsAMessageNextToTheFieldAndKeepsWhatWasTyped() {
        shop.open("shop/register");
        shop.type("registration:email", "not-an-email");
        shop.type("registration:displayName", "Egor");
        shop.type("registration:password", "short");
        shop.type("registration:passwordAgain", "short");
        shop.click("registration:submit");

        assertEquals("Enter an e-mail address, for example anna@example.com.", shop.text("registration:email-error"));
        assertEquals("A password has 12 to 128 characters.", shop.text("registration:password-error"));
        assertEquals("Egor", browser.findElement(org.openqa.selenium.By.id("registration:displayName"))
                .getDomProperty("value"));
    }

    @Test
    void everyPasswordFieldCanBeShownAndHiddenAgain() {
        shop.open("shop/register");
        assertEquals(List.of("registration:password", "registration:passwordAgain"),
                browser.findElements(By.cssSelector("button.show-password")).stream()
                        .map(toggle -> toggle.getDomAttribute("aria-controls")).toList());

        shop.open("shop/login");
        WebElement password = browser.findElement(By.id("login:password"));
        WebElement toggle = browser.findElement(By.cssSelector("button.show-password[aria-controls='login:password']"));
        password.sendKeys("a password to check");
        assertEquals("Show password", toggle.getText());
        toggle.click();
        assertEquals("text", password.getDomProperty("type"));
        assertEquals("true", toggle.getDomAttribute("aria-pressed"));
        toggle.click();
        assertEquals("password", password.getDomProperty("type"));
        assertEquals("false", toggle.getDomAttribute("aria-pressed"));
    }

    @Test
    void aNewPasswordShowsItsStrengthAsItIsTyped() {
        shop.open("shop/register");
        assertEquals("registration:password-strength",
                browser.findElement(By.id("registration:password")).getDomAttribute("aria-describedby")
                        .replace("registration:password-error", "").trim());
        assertTrue(browser.findElements(By.id("registration:passwordAgain-strength")).isEmpty(),
                "only the new password is rated, not its repetition");

        assertEquals("Password strength: too short", strengthOf("Kettle 42"));
        assertEquals("Password strength: weak", strengthOf("aaaaaaaaaaaaaaaa"));
        assertEquals("Password strength: fair", strengthOf("kettlekettle42"));
        assertEquals("Password strength: strong", strengthOf("Correct horse, battery staple!"));
    }

    private String strengthOf(String password) {
        WebElement field = browser.findElement(By.id("registration:password"));
        field.clear();
        field.sendKeys(password);
        return browser.findElement(By.id("registration:password-strength")).getText();
    }

    @Test
    void aFailedLoginSaysSoOnce() {
        shop.logIn(ShopPages.newEmail(), "not the password");

        List<WebElement> said = browser.findElements(By.xpath("//*[normalize-space(text())='Wrong e-mail or password.']"));
        assertEquals(1, said.size(), "the refusal is said once");
    }

    @Test
    void registrationMarksTheFieldsInErrorForEveryone() {
        shop.open("shop/register");
        shop.type("registration:email", "not-an-email");
        shop.type("registration:password", "short");
        shop.click("registration:submit");

        for (String field : List.of("email", "displayName", "password")) {
            assertEquals("true", ariaInvalid("registration:" + field), field);
        }
        assertNull(ariaInvalid("registration:phone"), "a valid field is not marked");
        assertNotEquals(browser.findElement(By.id("registration:phone")).getCssValue("border-top-color"),
                browser.findElement(By.id("registration:email")).getCssValue("border-top-color"),
                "a field in error looks different");

        shop.type("registration:email", ShopPages.newEmail());
        shop.type("registration:displayName", "Zoya");
        shop.type("registration:password", "qwerty123456");
        shop.type("registration:passwordAgain", "qwerty123456");
        shop.click("registration:submit");
        assertEquals("true", ariaInvalid("registration:password"), "a common password is marked too");
        assertNull(ariaInvalid("registration:displayName"), "a field corrected since is no longer marked");
    }

    @Test
    void aVisitorWithACartWhoRegistersFromTheCheckoutComesBackToTheCheckoutWithTheCart() {
        shop.addToCart(BOOK);
        shop.open("shop/cart");
        shop.click("cart:checkout-link");
        assertEquals("/shop/login", shop.path());

        shop.click("login-page-register-link");
        String email = ShopPages.newEmail();
        shop.submitRegistration(email, "Ilya", ShopPages.PASSWORD);
        shop.finishRegistration(email);

        assertEquals("/shop/checkout", shop.path());
        assertEquals(1, browser.findElements(By.cssSelector(".review-lines li")).size(), "the cart is intact");
    }

    @Test
    void theHeaderLinksToLogInAndRegisterBringTheVisitorBackToThePageTheyWereOn() {
        String email = ShopPages.newEmail();
        shop.addToCart(BOOK);
        shop.open("shop/cart");

        shop.click("register-link");
        shop.submitRegistration(email, "Kira", ShopPages.PASSWORD);
        shop.finishRegistration(email);
        assertEquals("/shop/cart", shop.path());
        assertEquals(1, browser.findElements(By.cssSelector(".cart-line")).size(), "the cart is intact");

        shop.logOut();
        shop.open("shop/product?sku=" + BOOK);
        shop.click("login-link");
        shop.submitLogin(email, ShopPages.PASSWORD);
        assertEquals(TestSettings.shopUrl() + "shop/product?sku=" + BOOK, browser.getCurrentUrl());
    }

    @Test
    void aDeepLinkToAnOrderLeadsThroughTheLoginBackToThatOrder() {
        String email = NewCustomers.make("Lev", "en");
        String number = NewCustomers.placeOrder(browser, email, BOOK, "CASH_ON_RECEIPT");

        shop.open("account/order?number=" + number);
        assertEquals("/shop/login", shop.path());
        shop.submitLogin(email, NewCustomers.PASSWORD);

        assertEquals("/account/order", shop.path());
        assertEquals(number, shop.text("order-number"));
    }

    private String ariaInvalid(String id) {
        return browser.findElement(By.id(id)).getDomAttribute("aria-invalid");
    }
}
