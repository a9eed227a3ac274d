package org.orderdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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
import org.orderdesk.server.NewOperators;
import org.orderdesk.server.ShopClient;
import org.orderdesk.server.ShopPages;
import org.orderdesk.server.TestSettings;

/** ASVS 5.1.x / 7.4.1: hostile input gets a 4xx and a page of the shop, never a 500. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    /** Five megabytes: past Payara's own 2 MB limit for form bodies. */
    private static final int HUGE_BODY = 5 * 1024 * 1024;

    /** With the tests: its operators are new ones (NewOperators). */
    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Test
    void aNulByteInASearchOrAnOrderNumberIsABadRequest() throws Exception {
        ShopClient customer = ResetMails.registered(ShopPages.newEmail());

        assertClientError(new ShopClient().get("shop/index?q=%00"));
        assertClientError(new ShopClient().get("shop/product?sku=%00"));
        assertClientError(customer.get("account/order?number=%00"));
        assertClientError(customer.get("account/orders?q=%00"));
    }

    @Test
    void aSearchFarLongerThanTheFieldIsAnsweredWithAPage() throws Exception {
        ShopClient operator = new ShopClient();
        operator.logIn(NewOperators.make(), NewOperators.PASSWORD);
        String longText = "a".repeat(5_000);

        for (HttpResponse<String> page : List.of(new ShopClient().get("shop/index?q=" + longText),
                operator.get("admin/orders?q=" + longText), operator.get("admin/customers?q=" + longText))) {
            assertTrue(page.statusCode() < 500, page.uri() + " gave " + page.statusCode());
            assertTrue(page.body().contains("</html>"), "a page");
        }
    }

    @Test
    void aHugeBodyIsRefusedWithAPage() throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create(TestSettings.shopUrl() + "shop/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.ofString("a".repeat(HUGE_BODY))).build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode());
        assertTrue(response.body().contains("This request cannot be answered"), response.body());
    }

    @Test
    void aForgedStatelessViewStateIsAnExpiredForm() throws Exception {
        ShopClient visitor = new ShopClient();
        visitor.get("shop/login");

        HttpResponse<String> forged = visitor.post("shop/login", Map.of("login", "login",
                "login:email", "a@b.c", "login:password", "x", "login:submit", "x",
                "jakarta.faces.ViewState", "stateless"));

        assertClientError(forged);
    }

    /**
     * A stateless view takes any postback. The error pages render no forms, and a POST addressed to one is
     * refused: a forged language switch or logout there changes nothing.
     */
    @Test
    void aForgedPostToAnErrorPagesFormsChangesNothing() throws Exception {
        ShopClient customer = ResetMails.registered(ShopPages.newEmail());
        HttpResponse<String> notFound = customer.get("shop/no-such-page");
        assertEquals(404, notFound.statusCode());
        assertFalse(notFound.body().contains("language:ru"), "no language form");
        assertFalse(notFound.body().contains("logout:submit"), "no logout form");

        for (String errorPage : List.of("error/not-found.xhtml", "error/not-found", "error/expired.xhtml")) {
            HttpResponse<String> language = customer.post(errorPage, Map.of("language", "language",
                    "language:ru", "RU", "back", "/", "jakarta.faces.ViewState", "stateless"));
            HttpResponse<String> logout = customer.post(errorPage, Map.of("logout", "logout",
                    "logout:submit", "x", "jakarta.faces.ViewState", "stateless"));

            assertClientError(language);
            assertClientError(logout);
            assertTrue(language.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.contains("lang")),
                    errorPage + " set " + language.headers().allValues("Set-Cookie"));
        }
        assertEquals(200, customer.get("account/profile").statusCode(), "still logged in");
        assertTrue(customer.get("shop/help").body().contains("lang=\"en\""), "still in English");
    }

    /**
     * Fetch metadata: a browser posting from another site's page is refused before any page sees the post, here
     * the language switch and "Add to cart" on a catalog card and on the product page (plain forms, without view
     * state).
     */
    @Test
    void aPostFromAnotherSiteIsRefused() throws Exception {
        Map<String, String> crossSite = Map.of("Sec-Fetch-Site", "cross-site");
        HttpResponse<String> language = postFrom(crossSite, "language", "language=ru&back=%2F");
        HttpResponse<String> add = postFrom(crossSite, "shop/index", "add=KIT-004&back=%2Fshop%2Findex");
        HttpResponse<String> addOnItsPage = postFrom(crossSite, "shop/product?sku=KIT-004",
                "add=KIT-004&back=%2Fshop%2Fproduct%3Fsku%3DKIT-004");

        List.of(language, add, addOnItsPage).forEach(HostileInputIT::assertRefusedWithoutCookies);
    }

    /**
     * A browser too old for fetch metadata names the posting page in Origin, or else in Referer: another host in
     * either, or the opaque origin of a sandboxed page, is refused as well; the shop's own origin is not.
     */
    @Test
    void withoutFetchMetadataAPostIsJudgedByTheOriginOrRefererItNames() throws Exception {
        URI shop = URI.create(TestSettings.shopUrl());
        String switchToRussian = "language=ru&back=%2F";

        for (Map<String, String> elsewhere : List.of(Map.of("Origin", "https://elsewhere.example"),
                Map.of("Origin", "null"), Map.of("Referer", "https://elsewhere.example/page"))) {
            assertRefusedWithoutCookies(postFrom(elsewhere, "language", switchToRussian));
        }
        HttpResponse<String> fromTheShop = postFrom(Map.of("Origin", shop.getScheme() + "://" + shop.getAuthority(),
                "Referer", shop.toString()), "language", switchToRussian);
        assertEquals(302, fromTheShop.statusCode(), fromTheShop.body());
        assertTrue(fromTheShop.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.contains("lang")),
                String.valueOf(fromTheShop.headers().allValues("Set-Cookie")));
    }

    private static void assertRefusedWithoutCookies(HttpResponse<String> post) {
        assertEquals(403, post.statusCode(), post.uri().toString());
        assertTrue(post.body().contains("</html>"), "a page");
        assertTrue(post.headers().allValues("Set-Cookie").stream()
                        .noneMatch(c -> c.contains("lang") || c.startsWith("JSESSIONID")),
                String.valueOf(post.headers().allValues("Set-Cookie")));
    }

    /** The language switch changes what the server remembers: only by a POST. */
    @Test
    void aLinkToTheLanguageSwitchChangesNothing() throws Exception {
        HttpResponse<String> link = new ShopClient().get("language?language=ru&back=%2F");

        assertEquals(405, link.statusCode());
        assertTrue(link.body().contains("</html>"), "a page");
        assertTrue(link.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.contains("lang")),
                String.valueOf(link.headers().allValues("Set-Cookie")));
    }

    /** A hand-made switch to a language the shop lacks, or back to another site: no cookie, no way out. */
    @Test
    void aForgedLanguageSwitchStaysInTheShop() throws Exception {
        ShopClient visitor = new ShopClient();
        String root = URI.create(TestSettings.shopUrl()).getPath();
        visitor.get("shop/help");
        HttpResponse<String> unknown = visitor.submitPlain("language",
                Map.of("language", "de", "back", "//elsewhere.example/"));
        visitor.get("shop/help");
        HttpResponse<String> none = visitor.submitPlain("language", Map.of());

        assertEquals(List.of(302, 302), List.of(unknown.statusCode(), none.statusCode()));
        assertEquals(root, unknown.headers().firstValue("Location").orElse(""));
        assertEquals(root + "shop/help", none.headers().firstValue("Location").orElse(""));
        for (HttpResponse<String> switched : List.of(unknown, none)) {
            assertTrue(switched.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.contains("lang")),
                    String.valueOf(switched.headers().allValues("Set-Cookie")));
        }
    }

    /** A form's post, with headers a browser would send from some page. */
    private static HttpResponse<String> postFrom(Map<String, String> page, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(TestSettings.shopUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        page.forEach(post::header);
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(post.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertClientError(HttpResponse<String> response) {
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500,
                response.uri() + " gave " + response.statusCode());
        assertTrue(response.body().contains("</html>"), "a page");
    }
}
