package org.orderdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.ShopClient;

/**
 * The load test's "No access" for customers who were logged in: the same caller on many sessions at once, and a
 * customer and an operator side by side, must get every protected page they may see, every time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParallelSessionsIT {

    private static final String CUSTOMER = "customer@orderdesk.local";
    private static final String CUSTOMER_PASSWORD = "customer-it-password";
    private static final String OPERATOR = "operator@orderdesk.local";
    private static final String OPERATOR_PASSWORD = "operator-it-password";
    private static final List<String> CUSTOMER_PAGES =
            List.of("account/orders", "account/profile", "shop/checkout", "account/tickets");
    private static final List<String> OPERATOR_PAGES = List.of("admin/index", "admin/orders", "admin/tickets");
    private static final int ROUNDS = 25;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void oneCustomerOnEightSessionsAtOnceIsNeverRefused() throws Exception {
        List<Reader> readers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            readers.add(new Reader(CUSTOMER, CUSTOMER_PASSWORD, CUSTOMER_PAGES));
        }

        assertEquals(Map.of(), readAllAtOnce(readers), "pages that did not answer 200, with how often");
    }

    @Test
    void customersAndOperatorsSideBySideGetTheirOwnPagesOnly() throws Exception {
        List<Reader> readers = new ArrayList<>();
        // Two operator sessions, not more: each login of the operator spends a one-time code, and a third within
        // the same 30 s would wait for the next one.
        for (int i = 0; i < 4; i++) {
            readers.add(new Reader(CUSTOMER, CUSTOMER_PASSWORD, CUSTOMER_PAGES));
        }
        for (int i = 0; i < 2; i++) {
            readers.add(new Reader(OPERATOR, OPERATOR_PASSWORD, OPERATOR_PAGES));
        }
        // A customer never sees the console, even while operators are working in it at the same moment.
        readers.add(new Reader(CUSTOMER, CUSTOMER_PASSWORD, List.of("admin/index"), 403));

        assertEquals(Map.of(), readAllAtOnce(readers), "pages that did not answer as expected, with how often");
    }

    /** Logs every reader in first, then lets them all read at the same moment; returns the unexpected answers. */
    private static Map<String, Integer> readAllAtOnce(List<Reader> readers) throws Exception {
        for (Reader reader : readers) {
            reader.logIn();
        }
        Map<String, Integer> unexpected = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(readers.size());
        try {
            List<Future<Integer>> reads = new ArrayList<>();
            for (Reader reader : readers) {
                reads.add(pool.submit(reader.readingAfter(start, unexpected)));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> read : reads) {
                total += read.get();
            }
            assertEquals(readers.stream().mapToInt(r -> r.pages.size() * ROUNDS).sum(), total, "requests made");
        } finally {
            pool.shutdownNow();
        }
        return unexpected;
    }

    private static final class Reader {

        private final ShopClient client = new ShopClient();
        private final String email;
        private final String password;
        private final List<String> pages;
        private final int expectedStatus;

        Reader(String email, String password, List<String> pages) {
            this(email, password, pages, 200);
        }

        Reader(String email, String password, List<String> pages, int expectedStatus) {
            this.email = email;
            this.password = password;
            this.pages = pages;
            this.expectedStatus = expectedStatus;
        }

        void logIn() throws Exception {
            HttpResponse<String> login = client.logIn(email, password);
            assertEquals(302, login.statusCode(), "login of " + email);
        }

        Callable<Integer> readingAfter(CountDownLatch start, Map<String, Integer> unexpected) {
            return () -> {
                start.await();
                AtomicInteger requests = new AtomicInteger();
                for (int round = 0; round < ROUNDS; round++) {
                    for (String page : pages) {
                        int status = client.get(page).statusCode();
                        requests.incrementAndGet();
                        if (status != expectedStatus) {
                            unexpected.merge(email + " " + page + " -> " + status, 1, Integer::sum);
                        }
                    }
                }
                return requests.get();
            };
        }
    }
}
