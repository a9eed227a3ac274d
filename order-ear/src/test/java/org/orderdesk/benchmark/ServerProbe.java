package org.orderdesk.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orderdesk.server.TestSettings;

/**
 * What the load driver reads besides the shop: the mail backlog from /metrics, the mails GreenMail received
 * (its REST API; the application has no gauge of mails sent), and the web container's own ceiling on
 * /health/live.
 */
final class ServerProbe {

    private static final Pattern MAIL_PENDING =
            Pattern.compile("(?m)^orderdesk_mail_pending(?:\\{[^}]*})?\\s+([0-9.eE+-]+)");
    private static final Pattern MESSAGE = Pattern.compile("\"uid\"");

    private final HttpClient http = client();
    private final String mailApi;

    ServerProbe(int mailApiPort) {
        this.mailApi = "http://127.0.0.1:" + mailApiPort + "/api/";
    }

    /** orderdesk_mail_pending: mails queued in the outbox and not yet sent. */
    long mailPending() throws IOException, InterruptedException {
        Matcher matcher = MAIL_PENDING.matcher(body(TestSettings.shopUrl() + "metrics"));
        if (!matcher.find()) {
            throw new IllegalStateException("No orderdesk_mail_pending in /metrics");
        }
        return (long) Double.parseDouble(matcher.group(1));
    }

    /** Empties GreenMail, so that counting a level's mails reads only that level's messages. */
    void purgeMail() throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(mailApi + "mail/purge"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** The messages in the recipients' inboxes (a recipient without mail yet has no mailbox: 0). */
    long mailsReceived(List<String> recipients) throws IOException, InterruptedException {
        long count = 0;
        for (String recipient : recipients) {
            HttpResponse<String> inbox = http.send(HttpRequest.newBuilder(URI.create(mailApi + "user/"
                    + URLEncoder.encode(recipient, StandardCharsets.UTF_8) + "/messages/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            count += inbox.statusCode() == 200 ? MESSAGE.matcher(inbox.body()).results().count() : 0;
        }
        return count;
    }

    /**
     * Requests per second that the same number of clients get from /health/live, which does no JSF, JPA or
     * database work: the most the web container itself serves on this machine.
     */
    double healthRate(int clients, double seconds) throws InterruptedException {
        LongAdder answered = new LongAdder();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread thread = new Thread(() -> askHealthUntil(deadline, answered), "health-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return answered.sum() / seconds;
    }

    private static void askHealthUntil(long deadline, LongAdder answered) {
        HttpClient own = client();  // one connection per client, as each customer has its own
        HttpRequest live = HttpRequest.newBuilder(URI.create(TestSettings.shopUrl() + "health/live")).build();
        while (System.nanoTime() < deadline) {
            try {
                if (own.send(live, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    answered.increment();
                }
            } catch (IOException failed) {
                return;
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private String body(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).build()).body();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered HTTP " + response.statusCode());
        }
        return response;
    }

    /** HTTP/1.1, as the shop's customers speak it (see ShopClient). */
    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }
}
