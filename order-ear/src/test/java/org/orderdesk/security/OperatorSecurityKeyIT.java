package org.orderdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.ExternalAddress;
import org.orderdesk.server.NewOperators;
import org.orderdesk.server.OperatorCodes;
import org.orderdesk.server.ReusedChromium;
import org.orderdesk.server.ShopClient;
import org.orderdesk.server.ShopPages;
import org.orderdesk.server.TestSettings;

/**
 * ASVS 2.3.2: an operator registers a FIDO2 / WebAuthn security key in the console and logs in with it instead of
 * the app's code. In Chromium with its virtual authenticator (CTAP2, built in, user verification), and over HTTP
 * with a software key (SoftwareSecurityKey, a real P-256 key pair) for the answers no browser would give: a replayed
 * assertion, another operator's key, a copied key, and many refused keys in a row.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperatorSecurityKeyIT {

    private static final ReusedChromium CHROMIUM = new ReusedChromium("en");
    private static final Pattern OPTIONS = Pattern.compile("data-options=\"([^\"]+)\"");
    private static final String KEYS_PAGE = "admin/security-keys";
    private static final String SECOND_STEP = "shop/second-factor";
    private static final String REFUSED = "This security key did not confirm the login.";
    private static final String KEY_REFUSED = "The security key could not be added. Try again.";

    /** With the tests: its operators are new ones (NewOperators). */
    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @AfterAll
    static void closeBrowser() {
        CHROMIUM.quit();
    }

    @Test
    void anOperatorRegistersAKeyAndLogsInWithItInsteadOfTheCode() {
        ChromeDriver browser = CHROMIUM.forTheNextTest();
        VirtualAuthenticator authenticator = ((HasVirtualAuthenticator) browser).addVirtualAuthenticator(
                new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                        .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                        .setHasUserVerification(true).setIsUserVerified(true));
        try {
            ShopPages pages = new ShopPages(browser);
            String operator = pages.logInAsOperator();

            pages.open("admin/security-keys");
            assertTrue(browser.findElements(By.cssSelector(".webauthn-unsupported")).stream()
                    .noneMatch(note -> note.isDisplayed()), "Chromium can use keys: no note");
            pages.type("add-key:name", "Desk key");
            pages.click("add-key-start");
            assertEquals("/admin/security-keys", pages.path());
            assertEquals(List.of("Desk key"), browser.findElements(By.cssSelector(".key-name")).stream()
                    .map(cell -> cell.getText()).toList());
            assertEquals(1, authenticator.getCredentials().size());

            pages.logOut();
            pages.open("shop/login");
            pages.type("login:email", operator);
            pages.type("login:password", NewOperators.PASSWORD);
            pages.click("login:submit");
            assertEquals("/shop/second-factor", pages.path());
            pages.click("security-key-start");
            assertEquals("/admin/index", pages.path(), "logged in with the key, no code");
            assertTrue(pages.isLoggedIn());

            pages.open("admin/security-keys");
            pages.type("remove-key:code", OperatorCodes.nextCode(operator));
            pages.click("remove-key:submit");
            assertTrue(browser.findElements(By.cssSelector(".key-name")).isEmpty(), "the key was removed");
        } finally {
            ((HasVirtualAuthenticator) browser).removeVirtualAuthenticator(authenticator);
        }
    }

    /**
     * Only an assertion of one of the operator's own keys, for the challenge this login was shown, with a counter
     * above the last one, logs in; each refusal leaves the session at the second step.
     */
    @Test
    void aReplayedAssertionAnotherOperatorsKeyAndACopiedKeyAreRefused() throws Exception {
        String operator = NewOperators.make();
        SoftwareSecurityKey key = registeredKeyOf(operator, 7);
        SoftwareSecurityKey othersKey = registeredKeyOf(NewOperators.make(), 1);

        ShopClient first = atSecondStep(operator, TestSettings.shopUrl());
        SecurityKeyAssertion used = key.sign(secondStepCeremony(first));
        assertRedirectTo("/admin/index", useKey(first, used));
        assertEquals(200, first.get("admin/index").statusCode());

        ShopClient replaying = atSecondStep(operator, TestSettings.shopUrl());
        replaying.get(SECOND_STEP);
        assertRefused(useKey(replaying, used));
        assertEquals(302, replaying.get("admin/index").statusCode(), "still at the second step");

        ShopClient withAnothersKey = atSecondStep(operator, TestSettings.shopUrl());
        assertRefused(useKey(withAnothersKey, othersKey.sign(secondStepCeremony(withAnothersKey))));

        ShopClient withACopy = atSecondStep(operator, TestSettings.shopUrl());
        assertRefused(useKey(withACopy, key.signWithCounter(secondStepCeremony(withACopy), 8)));

        ShopClient again = atSecondStep(operator, TestSettings.shopUrl());
        assertRedirectTo("/admin/index", useKey(again, key.sign(secondStepCeremony(again))));
    }

    /**
     * A refused key counts like a wrong code: from a stranger's address that has the password, ten of them end in
     * a wait during which even a right key is not taken, nor the password (as OperatorSecondFactorIT's wrong
     * codes).
     */
    @Test
    void refusedKeysAreThrottledLikeWrongCodes() throws Exception {
        String strangerUrl = ExternalAddress.strangerShopUrl();
        String operator = NewOperators.make();
        SoftwareSecurityKey key = registeredKeyOf(operator, 1);
        SoftwareSecurityKey strangersKey = new SoftwareSecurityKey(1);
        ShopClient stranger = atSecondStep(operator, strangerUrl);

        for (int i = 0; i < 10; i++) {
            assertRefused(useKey(stranger, strangersKey.sign(ceremonyOn(stranger, strangerUrl, SECOND_STEP))));
        }

        assertRefused(useKey(stranger, key.sign(ceremonyOn(stranger, strangerUrl, SECOND_STEP))));
        HttpResponse<String> password = new ShopClient(strangerUrl).logInWithPasswordOnly(operator,
                NewOperators.PASSWORD);
        assertTrue(password.body().contains("Wrong e-mail or password."), password.body());
    }

    /** A lost second factor may be a stolen key: another operator's reset of it removes the keys too. */
    @Test
    void aResetOfTheSecondFactorRemovesTheKeys() throws Exception {
        String lost = NewOperators.make();
        registeredKeyOf(lost, 1);
        String helper = NewOperators.make();
        ShopClient helping = new ShopClient();
        helping.logIn(helper, NewOperators.PASSWORD);
        helping.get("admin/operators");

        assertRedirectTo("/admin/operators", helping.submit("admin/operators", "reset",
                Map.of("email", lost, "code", OperatorCodes.nextCode(helper))));

        ShopClient owner = new ShopClient();
        assertRedirectTo("/admin/recovery-codes", owner.logIn(lost, NewOperators.PASSWORD));
        String keys = owner.get(KEYS_PAGE).body();
        assertTrue(keys.contains("id=\"no-keys\""), keys);
    }

    /**
     * The keys page open in two tabs: the second page's challenge does not replace the first's, so a key
     * registers from either, in any order; an answer to a challenge already used is refused.
     */
    @Test
    void keysRegisterFromTwoPagesOpenAtOnceAndEachChallengeOnce() throws Exception {
        ShopClient console = new ShopClient();
        console.logIn(NewOperators.make(), NewOperators.PASSWORD);
        KeyCeremony firstTab = ceremonyOn(console, TestSettings.shopUrl(), KEYS_PAGE);
        KeyCeremony secondTab = ceremonyOn(console, TestSettings.shopUrl(), KEYS_PAGE);

        assertRedirectTo("/admin/security-keys", addKey(console, "Key of the second tab",
                new SoftwareSecurityKey(1).register(secondTab)));
        console.get(KEYS_PAGE);
        assertRedirectTo("/admin/security-keys", addKey(console, "Key of the first tab",
                new SoftwareSecurityKey(1).register(firstTab)));
        String keys = console.get(KEYS_PAGE).body();
        assertTrue(keys.contains("Key of the first tab") && keys.contains("Key of the second tab"), keys);

        HttpResponse<String> again = addKey(console, "Again", new SoftwareSecurityKey(1).register(firstTab));
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains(KEY_REFUSED), again.body());
    }

    /**
     * The second step open in two tabs: the key answers the older page's challenge and signs in, where the
     * newer page's challenge once replaced it and the refusal counted like a wrong code.
     */
    @Test
    void theOlderOfTwoSecondStepPagesSignsInWithTheKey() throws Exception {
        String operator = NewOperators.make();
        SoftwareSecurityKey key = registeredKeyOf(operator, 1);
        ShopClient client = atSecondStep(operator, TestSettings.shopUrl());
        KeyCeremony firstTab = secondStepCeremony(client);
        secondStepCeremony(client);

        assertRedirectTo("/admin/index", useKey(client, key.sign(firstTab)));
    }

    /** Logs the operator in with password and code and registers a new software key in the console. */
    private static SoftwareSecurityKey registeredKeyOf(String operator, long counter) throws Exception {
        ShopClient console = new ShopClient();
        console.logIn(operator, NewOperators.PASSWORD);
        SoftwareSecurityKey key = new SoftwareSecurityKey(counter);
        assertRedirectTo("/admin/security-keys", addKey(console, "Software key",
                key.register(ceremonyOn(console, TestSettings.shopUrl(), KEYS_PAGE))));
        return key;
    }

    /** Posts the keys page's form, from the last page fetched, with the browser's answer to a registration. */
    private static HttpResponse<String> addKey(ShopClient console, String name, NewSecurityKey answer)
            throws Exception {
        return console.submit(KEYS_PAGE, "add-key", Map.of("name", name, "client-data", answer.clientDataJson(),
                "attestation", answer.attestationObject()));
    }

    private static ShopClient atSecondStep(String operator, String shopUrl) throws Exception {
        ShopClient client = new ShopClient(shopUrl);
        assertTrue(ShopClient.isToSecondFactor(client.logInWithPasswordOnly(operator, NewOperators.PASSWORD)));
        return client;
    }

    private static HttpResponse<String> useKey(ShopClient client, SecurityKeyAssertion assertion) throws Exception {
        return client.submit(SECOND_STEP, "security-key", Map.of("id", assertion.credentialId(),
                "client-data", assertion.clientDataJson(), "authenticator-data", assertion.authenticatorData(),
                "signature", assertion.signature()));
    }

    /**
     * Opens the page and returns its ceremony, from the options its button carries for the script: the challenge
     * and host name, with the origin a browser at that address has.
     */
    private static KeyCeremony ceremonyOn(ShopClient client, String shopUrl, String page) throws Exception {
        String body = client.get(page).body();
        Matcher options = OPTIONS.matcher(body);
        assertTrue(options.find(), body);
        String json = options.group(1).replace("&quot;", "\"");
        return new KeyCeremony(shopUrl.substring(0, shopUrl.length() - 1), member(json, "rpId"),
                member(json, "challenge"));
    }

    private static String member(String json, String name) {
        Matcher member = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertTrue(member.find(), json);
        return member.group(1);
    }

    private static KeyCeremony secondStepCeremony(ShopClient client) throws Exception {
        return ceremonyOn(client, TestSettings.shopUrl(), SECOND_STEP);
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains(REFUSED), response.body());
    }

    private static void assertRedirectTo(String path, HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith(path),
                response.headers().toString());
    }
}
