package org.orderdesk.benchmark;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.orderdesk.server.ShopClient;

/**
 * One customer's order over HTTP, request by request as a browser sends them: the product page, "Add to cart"
 * (form add), the checkout page, "Place order" (form checkout: pickup point, cash on receipt), and the
 * confirmation page the order redirects to. Each request's time goes to a {@link Recorder}; an answer other than
 * the expected one throws {@link Sessions.Unexpected}, so no error page is ever timed as a success.
 */
final class CheckoutJourney {

    static final String PRODUCT = "Product page";
    static final String ADD = "Add to cart";
    static final String CHECKOUT = "Checkout page";
    static final String PLACE = "Place order";
    static final String CONFIRMATION = "Confirmation";
    static final List<String> STEPS = List.of(PRODUCT, ADD, CHECKOUT, PLACE, CONFIRMATION);

    /** The products with the most stock in the seeded catalog, taken in turn so that none runs out. */
    static final List<String> SKUS = List.of("KIT-004", "HOM-005", "HOM-003", "SPO-004", "SPO-006",
            "BOO-006", "HOM-002", "KIT-005", "TOY-005", "BOO-001");
    private static final Map<String, String> PICKUP_CASH = Map.of("deliveryMethod", "PICKUP_POINT",
            "pickupPoint", "MSK-01", "paymentMethod", "CASH_ON_RECEIPT");
    /** Part of the checkout's "only N left" message (messages_en checkout.outOfStock). */
    private static final String OUT_OF_STOCK = "left. Change the quantity";
    /** The product page renders its "Add to cart" form only while the product is in stock. */
    private static final String ADD_FORM = "<form id=\"add\"";

    /** Receives the time of each request. */
    interface Recorder {
        void took(String step, long nanos);
    }

    /** A request and its time. */
    private interface Request {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    private final ShopClient client;
    private final Recorder recorder;

    CheckoutJourney(ShopClient client, Recorder recorder) {
        this.client = client;
        this.recorder = recorder;
    }

    /** One order from an empty cart, up to the redirect to its confirmation, which is returned. */
    HttpResponse<String> placeOrder(String sku) throws IOException, InterruptedException {
        String product = "shop/product?sku=" + sku;
        expectAddToCart(Sessions.expectOk(timed(PRODUCT, () -> client.get(product)), PRODUCT));
        Sessions.expectRedirect(timed(ADD, () -> client.submitPlain("add", Map.of())), ADD);  // back to the page
        Sessions.expectOk(timed(CHECKOUT, () -> client.get("shop/checkout")), CHECKOUT);
        return expectConfirmation(timed(PLACE, () -> client.submit("shop/checkout", "checkout", PICKUP_CASH)));
    }

    /** The confirmation page, as the browser shows it after the redirect. */
    void confirm(HttpResponse<String> placed) throws IOException, InterruptedException {
        Sessions.expectOk(timed(CONFIRMATION, () -> client.follow(placed)), CONFIRMATION);
    }

    private HttpResponse<String> timed(String step, Request request) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> response = request.send();
        recorder.took(step, System.nanoTime() - started);
        return response;
    }

    /** Without the form, "Add to cart" would post nothing and the failure would surface later, unexplained. */
    private static void expectAddToCart(HttpResponse<String> productPage) {
        if (!productPage.body().contains(ADD_FORM)) {
            throw new Sessions.Unexpected(PRODUCT, productPage.statusCode(), " without Add to cart (out of stock)");
        }
    }

    /**
     * Post/Redirect/Get: a placed order answers with a redirect to its confirmation page. A 200 is the checkout
     * shown again with a message; "out of stock" there is a fault of the benchmark's setup, so it is named.
     */
    private static HttpResponse<String> expectConfirmation(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() / 100 != 3 || !location.contains("confirmation")) {
            String detail = response.body().contains(OUT_OF_STOCK) ? " (out of stock)" : " " + location;
            throw new Sessions.Unexpected(PLACE, response.statusCode(), detail);
        }
        return response;
    }
}
