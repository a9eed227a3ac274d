package org.orderdesk.security;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.mail.domain.OutboxMail;
import org.orderdesk.security.domain.PasswordPolicy;
import org.orderdesk.server.Callers;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.Mailbox;
import org.orderdesk.server.ShopClient;
import org.orderdesk.server.ShopFixture;

/**
 * ASVS 2.1.7, 2.2.x, 3.x and 2.5.x for registration: the registration page tells nobody whether an address has an
 * account (the owner gets a mail instead), an address is verified by a mailed link before the first order, the
 * link works once, expires and is never stored usable, and common passwords and the e-mail itself are refused on
 * registration, password change and reset. Runs in the server, so that it can age a link; it uses the shop over
 * HTTP and reads the mail over IMAP like a customer.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationPrivacyIT {

    private static final String PASSWORD = ShopFixture.PASSWORD;
    private static final String COMMON_PASSWORD = "qwerty123456";
    private static final Pattern VIEW_STATE = Pattern.compile("value=\"[^\"]*\"");
    private static final Map<String, String> PICKUP_CASH = Map.of("deliveryMethod", "PICKUP_POINT",
            "pickupPoint", "MSK-01", "paymentMethod", "CASH_ON_RECEIPT");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    private ShopFixture shop;

    @Inject
    private Callers callers;

    @Inject
    private AccountService accounts;

    @Test
    void aNewAndATakenAddressGetTheSameAnswerAndOnlyTheOwnerLearnsOfTheAttempt() throws Exception {
        String owner = newEmail();
        new ShopClient().register(owner, PASSWORD);
        String stranger = newEmail();

        HttpResponse<String> taken = submitRegistration(new ShopClient(), owner, "someone else's password");
        HttpResponse<String> fresh = submitRegistration(new ShopClient(), stranger, "someone else's password");

        assertEquals(fresh.statusCode(), taken.statusCode());
        assertEquals(200, taken.statusCode());
        assertEquals(answerOf(fresh, stranger), answerOf(taken, owner));
        assertTrue(answerOf(taken, owner).contains("We have sent a link to ADDRESS: open it to finish registering"),
                answerOf(taken, owner));
        MimeMessage warning = Mailbox.awaitSubject(owner, "Someone tried to register with your address");
        String text = Mailbox.part(warning, "text/plain");
        assertTrue(text.contains("/shop/login") && text.contains("/shop/forgot-password"), text);
        assertEquals(302, new ShopClient().logIn(owner, PASSWORD).statusCode(), "the owner's password stays");
        assertEquals(200, new ShopClient().logIn(owner, "someone else's password").statusCode());
        assertTrue(Mailbox.awaitVerificationLink(stranger).contains("verify-email?token="));
    }

    @Test
    void noOrderBeforeTheAddressIsVerifiedAndOneAfter() throws Exception {
        String email = newEmail();
        ShopClient customer = new ShopClient();
        submitRegistration(customer, email, PASSWORD);
        assertEquals(302, customer.logIn(email, PASSWORD).statusCode(), "an unverified customer may log in");
        String sku = shop.newProduct(5);
        fillCart(customer, sku);

        String checkout = customer.get("shop/checkout").body();
        assertTrue(checkout.contains("id=\"verify-first\""), "told at once, before filling in the form");
        HttpResponse<String> refused = customer.submit("shop/checkout", "checkout", PICKUP_CASH);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Confirm your e-mail address first"), refused.body());
        HttpResponse<String> again = customer.submit("shop/checkout", "verify-again", Map.of());
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("Please wait two minutes"), "the registration mail was just sent");
        assertEquals(5, shop.stockOf(sku), "nothing reserved");

        assertEquals(302, customer.openVerificationLink(Mailbox.awaitVerificationLink(email)).statusCode());
        assertFalse(customer.get("shop/checkout").body().contains("id=\"verify-first\""));
        HttpResponse<String> placed = customer.submit("shop/checkout", "checkout", PICKUP_CASH);
        assertEquals(302, placed.statusCode(), placed.body());
        assertTrue(placed.headers().firstValue("Location").orElseThrow().contains("confirmation"));
        assertEquals(4, shop.stockOf(sku));
    }

    @Test
    void theLinkWorksOnceLeadsOnAndTheMailLogShowsItRedacted() throws Exception {
        String email = newEmail();
        ShopClient customer = new ShopClient();
        customer.get("shop/register?next=%2Fshop%2Fcart");
        customer.submit("shop/register?next=%2Fshop%2Fcart", "registration",
                ShopClient.registrationForm(email, PASSWORD));
        String link = Mailbox.awaitVerificationLink(email);
        ShopClient operator = new ShopClient();
        operator.logIn(shop.newOperator(), ShopFixture.PASSWORD);
        String id = verificationMailId(email);

        String view = operator.get("admin/mail-view?id=" + id).body();
        String html = operator.get("admin/mail-html/" + id).body();
        for (String page : List.of(view, html)) {
            assertFalse(page.contains(ResetMails.tokenOf(link)), page);
            assertTrue(page.contains("verify-email?token=REDACTED"), page);
        }

        HttpResponse<String> verified = customer.openVerificationLink(link);
        assertEquals(302, verified.statusCode());
        assertTrue(verified.headers().firstValue("Location").orElseThrow().endsWith("/shop/cart"),
                "back to where the customer was going");
        assertEquals(200, customer.get("account/profile").statusCode(), "logged in by the link");
        assertTrue(new ShopClient().get(link).body().contains("id=\"verify-invalid\""), "a used link is dead");
    }

    @Test
    void sendAgainMailsANewLinkAndTheOldOneStopsWorking() throws Exception {
        String email = newEmail();
        submitRegistration(new ShopClient(), email, PASSWORD);
        String first = Mailbox.awaitVerificationLink(email);
        ShopClient operator = new ShopClient();
        operator.logIn(shop.newOperator(), ShopFixture.PASSWORD);
        String id = verificationMailId(email);

        operator.get("admin/mail-view?id=" + id);
        assertEquals(302, operator.submit("admin/mail-view?id=" + id, "resend", Map.of()).statusCode());
        String second = Mailbox.awaitLinks(email, Mailbox.VERIFICATION_LINK, 2).get(1);

        assertNotEquals(ResetMails.tokenOf(first), ResetMails.tokenOf(second));
        assertTrue(new ShopClient().get(first).body().contains("id=\"verify-invalid\""), "the first link is dead");
        assertEquals(302, new ShopClient().openVerificationLink(second).statusCode());
    }

    @Test
    void anExpiredLinkNoLongerWorks() throws Exception {
        String email = newEmail();
        submitRegistration(new ShopClient(), email, PASSWORD);
        String link = Mailbox.awaitVerificationLink(email);

        shop.expireVerificationLinkOf(email);

        ShopClient customer = new ShopClient();
        assertTrue(customer.get(link).body().contains("id=\"verify-invalid\""));
        assertEquals(302, customer.logIn(email, PASSWORD).statusCode());
        fillCart(customer, shop.newProduct(1));
        assertTrue(customer.get("shop/checkout").body().contains("id=\"verify-first\""), "still unverified");
    }

    @Test
    void aCommonPasswordAndTheEmailAsPasswordAreRefusedWithTheirMessage() throws Exception {
        String email = newEmail();
        String localPart = email.substring(0, email.indexOf('@'));

        String common = submitRegistration(new ShopClient(), email, COMMON_PASSWORD).body();
        String itself = submitRegistration(new ShopClient(), email, email.toUpperCase()).body();
        String local = submitRegistration(new ShopClient(), email, localPart).body();

        assertTrue(passwordError(common).contains("one of the most common"), common);
        assertTrue(passwordError(itself).contains("must not be your e-mail address"), itself);
        assertTrue(passwordError(local).contains("must not be your e-mail address"), local);
        // None of them opened an account: a proper registration now is a first one, with a verification mail.
        new ShopClient().register(email, PASSWORD);
        assertTrue(shop.mailsTo(email).stream().noneMatch(mail -> mail.kind() == MailKind.REGISTRATION_ATTEMPT));
    }

    /** ASVS 2.2.3: a login from a browser the account has not been used in gets the owner a mail; no other does. */
    @Test
    void onlyALoginFromABrowserNewToTheAccountIsToldToTheOwner() throws Exception {
        String email = shop.newCustomer();
        ShopClient usual = new ShopClient();
        assertEquals(302, usual.logIn(email, PASSWORD).statusCode());
        assertEquals(0, newBrowserMailsTo(email), "the account's first browser is no news");

        assertEquals(302, usual.sameBrowserWithoutSession().logIn(email, PASSWORD).statusCode());
        assertEquals(0, newBrowserMailsTo(email), "nor is a browser it knows");

        assertEquals(302, new ShopClient().logIn(email, PASSWORD).statusCode());
        assertEquals(1, newBrowserMailsTo(email), "queued with the login");
        // In the customer's language, whichever it is: the subject as queued.
        String subject = newBrowserMails(email).get(0).subject();
        String text = Mailbox.part(Mailbox.awaitSubject(email, subject), "text/plain");
        assertTrue(text.contains("/account/profile") && text.contains("/shop/forgot-password"), text);
    }

    private long newBrowserMailsTo(String email) throws Exception {
        return newBrowserMails(email).size();
    }

    private List<OutboxMail> newBrowserMails(String email) throws Exception {
        return shop.mailsTo(email).stream().filter(mail -> mail.kind() == MailKind.NEW_DEVICE_LOGIN).toList();
    }

    @Test
    void theSameRulesHoldForAPasswordChangeAndAReset() throws Exception {
        String email = shop.newCustomer();
        callers.logIn(email);

        assertEquals(PasswordPolicy.Weakness.COMMON, assertThrows(PasswordRefusedException.class,
                () -> accounts.changePassword(PASSWORD, COMMON_PASSWORD, "key")).reason());
        assertEquals(PasswordPolicy.Weakness.SAME_AS_EMAIL, assertThrows(PasswordRefusedException.class,
                () -> accounts.changePassword(PASSWORD, email, "key")).reason());

        ResetMails.askForReset(email);
        String reset = ResetMails.awaitLink(email, 1);
        String refused = ResetMails.reset(reset, email).body();
        assertTrue(passwordError(refused).contains("must not be your e-mail address"), refused);
        assertTrue(ResetMails.works(reset), "a refused password does not spend the link");
    }

    /** Like ShopPages.newEmail, which cannot run in the server (it comes with Selenium). */
    private static String newEmail() {
        return "it-" + UUID.randomUUID() + "@orderdesk.test";
    }

    private static HttpResponse<String> submitRegistration(ShopClient client, String email, String password)
            throws Exception {
        return client.submitRegistration(ShopClient.registrationForm(email, password));
    }

    /** The registration page's answer, with the address typed in it and the form's view state made neutral. */
    private static String answerOf(HttpResponse<String> page, String email) {
        Matcher sent = Pattern.compile("<div id=\"registration-sent\".*?</div>", Pattern.DOTALL).matcher(page.body());
        assertTrue(sent.find(), page.body());
        assertFalse(page.body().contains("<form id=\"registration\""), "the form is gone");
        return VIEW_STATE.matcher(sent.group().replace(email, "ADDRESS")).replaceAll("");
    }

    private static String passwordError(String page) {
        Matcher error = Pattern.compile("id=\"registration:password-error\"[^>]*>([^<]*)<|"
                + "id=\"reset:password-error\"[^>]*>([^<]*)<").matcher(page);
        assertTrue(error.find(), "a message next to the password field: " + page);
        return error.group(1) != null ? error.group(1) : error.group(2);
    }

    /**
     * A new product reaches the shop's pages within 2 s (CatalogCache): the cart is filled once its page offers it.
     * Filled at once, it failed whenever another test had read the catalog in the 2 s before.
     */
    private static void fillCart(ShopClient customer, String sku) throws Exception {
        await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> customer.get("shop/product?sku=" + sku).body().contains("<form id=\"add\""));
        assertEquals(302, customer.submitPlain("add", Map.of()).statusCode());
    }

    private String verificationMailId(String email) throws Exception {
        return shop.mailsTo(email).stream().filter(mail -> mail.kind() == MailKind.EMAIL_VERIFICATION)
                .findFirst().orElseThrow().id().toString();
    }
}
