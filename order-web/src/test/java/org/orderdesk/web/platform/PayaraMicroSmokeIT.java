package org.orderdesk.web.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Payara Micro cannot deploy an EAR, so the same modules are packaged as a WAR for it (classifier micro). This
 * starts that WAR on Payara Micro, configured as an install that customers reach over HTTPS only
 * (orderdesk.https-only), with Micro's HTTPS listener beside the plain one: the full server of the other tests
 * answers plain HTTP for every test, so only here does the session cookie get its __Host- name over real TLS.
 */
class PayaraMicroSmokeIT {

    private static final Pattern PRODUCT_CARD = Pattern.compile("class=\"product-card\"");
    /** The self-signed certificate (CN=localhost) Payara Micro serves HTTPS with when given none. */
    private static final String MICROS_CERTIFICATE = "s1as";

    private static Process micro;
    private static Path root;
    private static int httpPort;
    private static int httpsPort;

    @BeforeAll
    static void startMicro() throws IOException {
        httpPort = freePort();
        httpsPort = freePort();
        Path work = Files.createDirectories(Path.of(System.getProperty("micro.workdir")));
        root = work.resolve("root");
        ProcessBuilder launcher = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", System.getProperty("micro.jar"),
                "--deploy", System.getProperty("micro.war"), "--contextroot", "/",
                "--port", Integer.toString(httpPort), "--sslport", Integer.toString(httpsPort),
                "--nocluster", "--rootdir", root.toString()))
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("micro.log").toFile())
                .directory(work.toFile());
        // A database of its own; the mail session's default SMTP server is not needed to show the shop.
        launcher.environment().put("ORDERDESK_DERBY_DATABASE", work.resolve("derby/orderdesk").toString());
        launcher.environment().put("ORDERDESK_HTTPS_ONLY", "true");
        micro = launcher.start();
    }

    @AfterAll
    static void stopMicro() throws InterruptedException {
        if (micro != null) {
            micro.destroy();
            micro.waitFor();
        }
    }

    @Test
    void theMicroWarServesTheSeededShop() {
        String page = awaitPage(HttpClient.newHttpClient(), "http://localhost:" + httpPort + "/").body();

        assertTrue(countCards(page) >= 30, "product cards on the Micro shop: " + countCards(page));
        assertTrue(page.contains("Products"), "the English shop window");
    }

    /**
     * The login page keeps its form's view state in a session, so it starts one: over TLS, on an HTTPS-only install,
     * its cookie is a host cookie (ASVS 3.4.4), which a browser takes only with Secure, Path=/ and no Domain.
     */
    @Test
    void overHttpsTheSessionCookieOfAnHttpsOnlyInstallIsAHostCookie() throws Exception {
        // Up, and so with its certificate written, on a first start.
        awaitPage(HttpClient.newHttpClient(), "http://localhost:" + httpPort + "/");
        HttpClient tls = HttpClient.newBuilder().sslContext(trustingMicrosCertificate()).build();
        HttpResponse<String> login = awaitPage(tls, "https://localhost:" + httpsPort + "/shop/login");

        String session = login.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.contains("JSESSIONID=")).findFirst().orElse("");
        assertTrue(session.startsWith("__Host-JSESSIONID="), "the session cookie: " + login.headers().map());
        List<String> attributes = List.of(session.toLowerCase(Locale.ROOT).split(";\\s*"));
        assertTrue(attributes.contains("secure"), session);
        assertTrue(attributes.contains("path=/"), session);
        assertFalse(attributes.stream().anyMatch(attribute -> attribute.startsWith("domain=")), session);
    }

    private static HttpResponse<String> awaitPage(HttpClient http, String url) {
        HttpRequest page = HttpRequest.newBuilder(URI.create(url))
                .header("Accept-Language", "en").timeout(Duration.ofSeconds(20)).build();
        return await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> http.send(page, HttpResponse.BodyHandlers.ofString()),
                        response -> response.statusCode() == 200);
    }

    /** Trusts exactly the certificate this Micro serves, which it keeps in its root folder. */
    private static SSLContext trustingMicrosCertificate() throws IOException, GeneralSecurityException {
        KeyStore micros = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(root.resolve("config/keystore.p12"))) {
            micros.load(in, "changeit".toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry(MICROS_CERTIFICATE, micros.getCertificate(MICROS_CERTIFICATE));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
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
