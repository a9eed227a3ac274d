package org.orderdesk.web.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Payara Micro cannot deploy an EAR, so the same modules are packaged as a WAR for it (classifier micro). This
 * starts that WAR on Payara Micro and waits for the seeded shop window.
 */
class PayaraMicroSmokeIT {

    private static final Pattern PRODUCT_CARD = Pattern.compile("class=\"product-card\"");

    private Process micro;

    @AfterEach
    void stopMicro() throws InterruptedException {
        if (micro != null) {
            micro.destroy();
            micro.waitFor();
        }
    }

    @Test
    void theMicroWarServesTheSeededShop() throws Exception {
        int port = freePort();
        Path work = Files.createDirectories(Path.of(System.getProperty("micro.workdir")));
        ProcessBuilder launcher = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", System.getProperty("micro.jar"),
                "--deploy", System.getProperty("micro.war"), "--contextroot", "/",
                "--port", Integer.toString(port), "--nocluster", "--rootdir", work.resolve("root").toString()))
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("micro.log").toFile())
                .directory(work.toFile());
        // A database of its own; the mail session's default SMTP server is not needed to show the shop.
        launcher.environment().put("ORDERDESK_DERBY_DATABASE", work.resolve("derby/orderdesk").toString());
        micro = launcher.start();

        HttpClient http = HttpClient.newHttpClient();
        HttpRequest home = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("Accept-Language", "en").timeout(Duration.ofSeconds(20)).build();
        String page = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> http.send(home, HttpResponse.BodyHandlers.ofString()),
                        response -> response.statusCode() == 200)
                .body();

        assertTrue(countCards(page) >= 30, "product cards on the Micro shop: " + countCards(page));
        assertTrue(page.contains("Products"), "the English shop window");
    }

    private static long countCards(String page) {
        Matcher matcher = PRODUCT_CARD.matcher(page);
        return matcher.results().count();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
