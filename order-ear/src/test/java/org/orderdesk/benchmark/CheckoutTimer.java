package org.orderdesk.benchmark;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.orderdesk.server.ShopClient;

/**
 * Times "Place order" of a running OrderDesk over HTTP as the demo customer: for each order it puts one product
 * in the cart (product page form), opens the checkout and posts it (pickup point, cash on receipt), timing only
 * that POST: the transaction that stores the order and queues its mail, up to the redirect to the confirmation.
 *
 * <pre>
 * java -Dit.http.port=18080 -cp order-ear/target/test-classes org.orderdesk.benchmark.CheckoutTimer \
 *      LABEL [PASSWORD] [WARM_UP] [N]
 * </pre>
 */
public final class CheckoutTimer {

    /** The products with the most stock in the seeded catalog, taken in turn so that none runs out. */
    private static final List<String> SKUS = List.of("KIT-004", "HOM-005", "HOM-003", "SPO-004", "SPO-006",
            "BOO-006", "HOM-002", "KIT-005", "TOY-005", "BOO-001");
    private static final Map<String, String> PICKUP_CASH = Map.of("deliveryMethod", "PICKUP_POINT",
            "pickupPoint", "MSK-01", "paymentMethod", "CASH_ON_RECEIPT");

    private CheckoutTimer() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String label = args[0];
        String password = args.length > 1 ? args[1] : "customer-demo-2026";
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int n = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        ShopClient client = Sessions.loggedIn(OrderDataGenerator.DEMO_EMAIL, password);
        for (int i = 0; i < warmUp; i++) {
            placeOrder(client, i);
        }
        Timings timings = new Timings("Place order (" + label + ")", n);
        for (int i = 0; i < n; i++) {
            timings.add(placeOrder(client, warmUp + i));
        }
        System.out.println(Timings.header());
        System.out.println(timings.row());
    }

    /** One order from an empty cart; returns the nanoseconds the "Place order" POST took. */
    private static long placeOrder(ShopClient client, int i) throws IOException, InterruptedException {
        String product = "shop/product?sku=" + SKUS.get(i % SKUS.size());
        Sessions.expectOk(client.get(product), product);
        Sessions.expectRedirect(client.submit(product, "add", Map.of()), "Add to cart");  // back to the page
        Sessions.expectOk(client.get("shop/checkout"), "shop/checkout");
        long started = System.nanoTime();
        HttpResponse<String> placed = client.submit("shop/checkout", "checkout", PICKUP_CASH);
        long elapsed = System.nanoTime() - started;
        expectConfirmation(placed);
        return elapsed;
    }

    /** Post/Redirect/Get: a placed order answers with a redirect to its confirmation page. */
    private static void expectConfirmation(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() / 100 != 3 || !location.contains("confirmation")) {
            throw new IllegalStateException("Place order answered HTTP " + response.statusCode() + " " + location);
        }
    }
}
