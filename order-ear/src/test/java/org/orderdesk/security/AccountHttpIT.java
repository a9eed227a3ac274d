package org.orderdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.ShopClient;
import org.orderdesk.server.ShopPages;

/** Account security seen over HTTP: session fixation, role checks, redirects, hostile input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountHttpIT {

    private static final String DEMO_CUSTOMER = "customer@orderdesk.local";
    private static final String DEMO_PASSWORD = "customer-it-password";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void theSessionIdChangesOnLogin() throws Exception {
        ShopClient client = new ShopClient();
        client.get("shop/login");
        String before = client.sessionId().orElseThrow();

        HttpResponse<String> login = client.submit("shop/login", "login",
                Map.of("email", DEMO_CUSTOMER, "password", DEMO_PASSWORD));

        assertEquals(302, login.statusCode(), login.body());
        assertNotEquals(before, client.sessionId().orElseThrow());
        assertEquals(200, client.get("account/profile").statusCode());
    }

    @Test
    void aLoggedOutVisitorIsRedirectedToTheLoginPage() throws Exception {
        HttpResponse<String> profile = new ShopClient().get("account/profile");

        assertEquals(302, profile.statusCode());
        assertTrue(profile.headers().firstValue("Location").orElse("").endsWith("/shop/login"),
                profile.headers().toString());
    }

    @Test
    void afterLoginTheVisitorIsBroughtBackToThePageTheyAskedFor() throws Exception {
        ShopClient client = new ShopClient();
        assertEquals(302, client.get("account/orders?tab=completed").statusCode());

        HttpResponse<String> login = client.logIn(DEMO_CUSTOMER, DEMO_PASSWORD);

        assertEquals(302, login.statusCode(), login.body());
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/account/orders?tab=completed"),
                login.headers().toString());
        assertEquals(200, client.get("account/orders?tab=completed").statusCode());
    }

    @Test
    void aLoginWithoutAnEarlierPageGoesToTheProfile() throws Exception {
        HttpResponse<String> login = new ShopClient().logIn(DEMO_CUSTOMER, DEMO_PASSWORD);

        assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/account/profile"),
                login.headers().toString());
    }

    @Test
    void aMalformedOrderNumberInALinkIsAnsweredLikeAnUnknownOne() throws Exception {
        ShopClient client = new ShopClient();
        client.logIn(DEMO_CUSTOMER, DEMO_PASSWORD);

        for (String page : List.of("account/order?number=", "shop/confirmation?order=", "shop/payment?order=")) {
            assertEquals(404, client.get(page + "99999999-9999").statusCode(), page + " unknown");
            assertEquals(404, client.get(page + "10000001-1").statusCode(), page + " malformed");
            assertEquals(404, client.get(page + "%3Cscript%3E").statusCode(), page + " markup");
        }
        assertEquals(200, client.get("shop/help?order=10000001-1").statusCode(), "help without an order");
        assertEquals(200, client.get("account/new-ticket?order=10000001-1").statusCode(), "a ticket without an order");
    }

    @Test
    void aCustomerGets403FromEveryConsolePage() throws Exception {
        ShopClient client = new ShopClient();
        client.logIn(DEMO_CUSTOMER, DEMO_PASSWORD);

        HttpResponse<String> console = client.get("admin/index");

        assertEquals(403, console.statusCode());
        // The demo customer prefers Russian, so the page is in Russian after login.
        assertTrue(console.body().contains("Нет доступа"), console.body());
        assertEquals(403, client.get("admin/anything-else").statusCode());
    }

    @Test
    void theOperatorOpensTheConsole() throws Exception {
        ShopClient client = new ShopClient();
        client.logIn("operator@orderdesk.local", "operator-it-password");

        HttpResponse<String> console = client.get("admin/index");

        assertEquals(200, console.statusCode());
        assertTrue(console.body().contains("operator@orderdesk.local"));
    }

    @Test
    void hostileInputInAnyRegistrationFieldGetsAnAnswerNotAnError() throws Exception {
        for (String field : validRegistration().keySet()) {
            assertHostileInputIsAnswered(field);
        }
    }

    private static void assertHostileInputIsAnswered(String field) throws Exception {
        for (String hostile : new String[] {"<script>alert('x')</script>", "' OR 1=1; DROP TABLE account; --",
                "x".repeat(10_000), "\u202Eevil\u0000\uD83D\uDE00\uFEFF"}) {
            ShopClient client = new ShopClient();
            client.get("shop/register");
            Map<String, String> form = validRegistration();
            form.put(field, hostile);

            HttpResponse<String> response = client.submit("shop/register", "registration", form);

            assertTrue(response.statusCode() == 200 || response.statusCode() == 302,
                    field + " with " + hostile.substring(0, Math.min(hostile.length(), 20)) + " gave "
                            + response.statusCode());
            assertFalse(response.body().contains("<script>alert"), "unescaped script in the page");
        }
    }

    @Test
    void aNameWithMarkupIsStoredAndShownEscaped() throws Exception {
        ShopClient client = new ShopClient();
        Map<String, String> form = validRegistration();
        form.put("displayName", "<script>alert('x')</script>");

        assertEquals(302, client.register(form).statusCode());

        String profile = client.get("account/profile").body();
        assertTrue(profile.contains("&lt;script&gt;alert("), "escaped name in the profile");
        assertFalse(profile.contains("<script>alert"), "unescaped script in the profile");
    }

    private static Map<String, String> validRegistration() {
        return ShopClient.registrationForm(ShopPages.newEmail(), ShopPages.PASSWORD);
    }
}
