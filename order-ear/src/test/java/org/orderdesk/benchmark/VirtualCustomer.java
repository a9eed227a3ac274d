package org.orderdesk.benchmark;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.orderdesk.server.ShopClient;

/**
 * One logged-in customer of the load driver, ordering one product after another with no think time. The same
 * session is kept from level to level, as a real customer's would be; the times go to whatever the driver's
 * window currently measures (nothing during warm-up).
 */
final class VirtualCustomer {

    private final String email;
    private final String password;
    private final int number;
    private ShopClient client;
    private int orders;

    private VirtualCustomer(String email, String password, int number) {
        this.email = email;
        this.password = password;
        this.number = number;
    }

    /** Registers the customer through the shop's form, then logs in once. */
    static VirtualCustomer registeredAndLoggedIn(String email, String password, int number)
            throws IOException, InterruptedException {
        Sessions.register(email, password);
        VirtualCustomer customer = new VirtualCustomer(email, password, number);
        customer.client = Sessions.loggedIn(email, password);
        return customer;
    }

    String email() {
        return email;
    }

    /**
     * One loop of the journey. An error ends the loop and is counted (or, outside the measured window, printed);
     * the next loop starts with whatever the cart still holds, as a customer who retries would.
     */
    void loop(Supplier<LoadStats> window) throws InterruptedException {
        long started = System.nanoTime();
        CheckoutJourney journey = new CheckoutJourney(client,
                (step, nanos) -> whenMeasured(window.get(), stats -> stats.took(step, nanos)));
        try {
            HttpResponse<String> placed = journey.placeOrder(nextSku());
            whenMeasured(window.get(), LoadStats::order);
            journey.confirm(placed);
            long elapsed = System.nanoTime() - started;
            whenMeasured(window.get(), stats -> stats.loop(elapsed));
        } catch (Sessions.Unexpected answer) {
            failed(window.get(), answer.getMessage(), stats -> stats.unexpected(answer));
            if (answer.status() == 403) {
                logInAgain(window);
            }
        } catch (IOException | RuntimeException failure) {
            String kind = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            failed(window.get(), kind, stats -> stats.error(kind));
        }
    }

    /** Errors in the warm-up are not measured, but must not go unseen: the setup may be wrong. */
    private static void failed(LoadStats stats, String kind, Consumer<LoadStats> count) {
        if (stats == null) {
            System.err.println("[load] not measured: " + kind);
        } else {
            count.accept(stats);
        }
    }

    /**
     * Each customer starts at a different product and takes them in turn, so that the products' row locks
     * (checkout locks what it sells) are shared as evenly as a real crowd would share them.
     */
    private String nextSku() {
        return CheckoutJourney.SKUS.get((number + orders++) % CheckoutJourney.SKUS.size());
    }

    /** A 403 means the session no longer knows the customer: without a new login every later loop fails too. */
    private void logInAgain(Supplier<LoadStats> window) throws InterruptedException {
        try {
            client = Sessions.loggedIn(email, password);
        } catch (IOException | RuntimeException failure) {
            String kind = "login again: " + failure.getMessage();
            failed(window.get(), kind, stats -> stats.error(kind));
        }
    }

    private static void whenMeasured(LoadStats stats, Consumer<LoadStats> action) {
        if (stats != null) {
            action.accept(stats);
        }
    }
}
