package org.orderdesk.benchmark;

import java.io.IOException;
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
        long[] place = new long[1];
        new CheckoutJourney(client, (step, nanos) -> {
            if (step.equals(CheckoutJourney.PLACE)) {
                place[0] = nanos;
            }
        }).placeOrder(CheckoutJourney.SKUS.get(i % CheckoutJourney.SKUS.size()));
        return place[0];
    }
}
