package org.orderdesk.benchmark;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orderdesk.server.ShopClient;

/**
 * Times My orders and the order page of a running OrderDesk over HTTP, logged in as the demo customer: each page
 * is first requested WARM_UP times untimed, then N times one after another, and reported as median and p95.
 *
 * <pre>
 * java -Dit.http.port=18080 -cp order-ear/target/test-classes org.orderdesk.benchmark.PageTimer \
 *      [PASSWORD] [WARM_UP] [N]
 * </pre>
 */
public final class PageTimer {

    private static final Pattern ORDER_NUMBER = Pattern.compile("order-row-number\">(\\d{8}-\\d{4})<");

    private PageTimer() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String password = args.length > 0 ? args[0] : "customer-demo-2026";
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        ShopClient client = Sessions.loggedIn(OrderDataGenerator.DEMO_EMAIL, password);
        String completedPage = "account/orders?tab=completed&page=5";
        String orderPage = "account/order?number=" + someOrderNumber(client, completedPage);
        List<String> pages = List.of("account/orders", completedPage, orderPage);
        System.out.println(Timings.header());
        for (String page : pages) {
            System.out.println(time(client, page, warmUp, n).row());
        }
    }

    private static Timings time(ShopClient client, String page, int warmUp, int n)
            throws IOException, InterruptedException {
        for (int i = 0; i < warmUp; i++) {
            Sessions.expectOk(client.get(page), page);
        }
        Timings timings = new Timings("/" + page, n);
        for (int i = 0; i < n; i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = client.get(page);
            timings.add(System.nanoTime() - started);
            Sessions.expectOk(response, page);
        }
        return timings;
    }

    /** The first order listed on the page: an existing order of the demo customer, found as a customer finds it. */
    private static String someOrderNumber(ShopClient client, String listPage) throws IOException, InterruptedException {
        Matcher matcher = ORDER_NUMBER.matcher(Sessions.expectOk(client.get(listPage), listPage).body());
        if (!matcher.find()) {
            throw new IllegalStateException("No order listed on " + listPage + ": has the database been generated?");
        }
        return matcher.group(1);
    }
}
