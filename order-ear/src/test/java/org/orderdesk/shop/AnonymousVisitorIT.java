package org.orderdesk.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.ShopClient;
import org.orderdesk.server.TestSettings;

/**
 * An anonymous visitor (or a crawler) browsing the catalog costs the server no session; the session starts only
 * when the visitor does something that needs one, such as adding to the cart.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnonymousVisitorIT {

    private static final List<String> CATALOG_PAGES = List.of("", "shop/index", "shop/index?category=kitchen",
            "shop/index?q=%D0%BA%D1%80%D1%83%D0%B6%D0%BA%D0%B0", "shop/index?q=mug", "shop/product?sku=KIT-004",
            "shop/product?sku=ELE-001", "shop/index?category=electronics");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void aThousandAnonymousPageViewsCreateNoSession() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Map<String, Integer> answers = new TreeMap<>();
        int sessionCookies = 0;
        for (int i = 0; i < 1000; i++) {
            String page = CATALOG_PAGES.get(i % CATALOG_PAGES.size());
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(TestSettings.shopUrl() + page)).header("Accept-Language", "en").build(),
                    HttpResponse.BodyHandlers.ofString());
            answers.merge(page + " " + response.statusCode(), 1, Integer::sum);
            if (response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"))) {
                sessionCookies++;
            }
        }

        assertEquals(0, sessionCookies, "responses that started a session");
        assertTrue(answers.keySet().stream().allMatch(answer -> answer.endsWith(" 200")), answers.toString());
    }

    @Test
    void handMadeCatalogAddressesGetAPageNotAnError() throws Exception {
        ShopClient visitor = new ShopClient();
        String long300 = "x".repeat(300);

        assertEquals(200, visitor.get("shop/index?q=" + long300).statusCode());
        assertEquals(200, visitor.get("shop/index?category=" + long300).statusCode());
        assertEquals(200, visitor.get("shop/index?q=%20%20&category=").statusCode());
        assertEquals(404, visitor.get("shop/product?sku=").statusCode());
        assertEquals(404, visitor.get("shop/product?sku=%20").statusCode());
        assertEquals(404, visitor.get("shop/product?sku=" + long300).statusCode());
    }

    @Test
    void aVisitorSwitchesLanguageWithoutASession() throws Exception {
        ShopClient visitor = new ShopClient();
        visitor.get("shop/product?sku=KIT-004");

        HttpResponse<String> switched = visitor.submitPlain("language", Map.of("language", "ru"));

        assertEquals(302, switched.statusCode());
        assertTrue(switched.headers().firstValue("Location").orElse("").endsWith("/shop/product?sku=KIT-004"),
                switched.headers().toString());
        assertTrue(switched.headers().allValues("Set-Cookie").stream()
                        .anyMatch(c -> c.startsWith("orderdesk-lang=ru") && c.contains("SameSite=Lax")),
                switched.headers().allValues("Set-Cookie").toString());
        assertTrue(visitor.sessionId().isEmpty(), "a session was started");
        assertTrue(visitor.get("shop/product?sku=KIT-004").body().contains("Кружка керамическая"));
    }

    @Test
    void addingToTheCartFromSearchResultsStartsTheSessionAddsThatProductAndKeepsTheSearch() throws Exception {
        ShopClient visitor = new ShopClient();
        String results = "shop/index?q=mug";
        String form = formOfCard(visitor.get(results).body(), "KIT-004");

        HttpResponse<String> added = visitor.submitPlain(form, Map.of());

        assertEquals(302, added.statusCode(), added.body());
        assertTrue(added.headers().firstValue("Location").orElse("").endsWith("/shop/index?q=mug#product-KIT-004"),
                added.headers().toString());
        assertTrue(visitor.sessionId().isPresent(), "no session after adding to the cart");
        String cart = visitor.get("shop/cart").body();
        assertTrue(cart.contains("Ceramic mug 350 ml"), "the mug is not in the cart");
        assertTrue(!cart.contains("headphones"), "another product is in the cart");
    }

    /** Adding changes the cart, so only a POST adds: a link carrying the same parameters adds nothing. */
    @Test
    void aLinkThatAsksToAddToTheCartAddsNothing() throws Exception {
        ShopClient visitor = new ShopClient();

        HttpResponse<String> list = visitor.get("shop/index?q=mug&add=KIT-004&back=%2Fshop%2Fcart");
        HttpResponse<String> product = visitor.get("shop/product?sku=KIT-004&add=KIT-004&back=%2Fshop%2Fcart");

        assertEquals(List.of(200, 200), List.of(list.statusCode(), product.statusCode()));
        assertTrue(visitor.sessionId().isEmpty(), "a session was started");
    }

    /** The id of the "Add to cart" form on the card of the product. */
    private static String formOfCard(String page, String sku) {
        Matcher form = Pattern.compile("data-sku=\"" + sku + "\".*?<form id=\"([^\"]+)\"", Pattern.DOTALL)
                .matcher(page);
        assertTrue(form.find(), "no card with a form for " + sku);
        return form.group(1);
    }
}
