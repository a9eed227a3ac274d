package org.orderdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.SmtpSwitch;
import org.orderdesk.server.TestSettings;

/**
 * What the server answers over HTTP around the pages: health, metrics, errors, security headers, cookies, the icon,
 * compression.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebPlatformIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void readinessReportsTheDatabaseAndTheMailServer() throws Exception {
        HttpResponse<String> ready = get("health/ready", "en");

        assertEquals(200, ready.statusCode());
        String body = ready.body().replace(" ", "");
        assertTrue(body.contains("\"name\":\"orderdesk\""), body);
        assertTrue(body.contains("\"database\":\"UP\""), body);
        assertTrue(body.contains("\"mail\":\"UP\""), body);
        assertTrue(Pattern.compile("\"mailFailed\":\"?\\d+").matcher(body).find(), body);
    }

    @Test
    void readinessStaysUpWhileTheMailServerIsDownSinceTheMailWaitsInTheOutbox() throws Exception {
        SmtpSwitch.down();
        HttpResponse<String> ready;
        try {
            ready = get("health/ready", "en");
        } finally {
            SmtpSwitch.up();
        }

        assertEquals(200, ready.statusCode(), "a balancer keeps every instance: customers can still order");
        String body = ready.body().replace(" ", "");
        assertTrue(body.contains("\"database\":\"UP\""), body);
        assertTrue(body.contains("\"mail\":\"DOWN\""), body);
    }

    @Test
    void metricsAnswer() throws Exception {
        HttpResponse<String> metrics = get("metrics", "en");

        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("# TYPE"), "Prometheus text format");
        assertTrue(metrics.body().contains("orderdesk_mail_failed"), "the failed mails are counted");
        assertTrue(metrics.body().contains("orderdesk_mail_pending"), "the waiting mails are counted");
    }

    @Test
    void anUnknownPageGetsTheTranslatedNotFoundPage() throws Exception {
        HttpResponse<String> russian = get("no/such/page", "ru");
        HttpResponse<String> english = get("no/such/page", "en");

        assertEquals(404, russian.statusCode());
        assertTrue(russian.body().contains("Страница не найдена"), russian.body());
        assertEquals(404, english.statusCode());
        assertTrue(english.body().contains("Page not found"), english.body());
    }

    @Test
    void aFormPostedWithAnExpiredViewGetsTheExpiredPageWithAClientErrorAndTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = http.send(stalePost("shop/index?category=kitchen"),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(400, response.statusCode(), "a session timeout is no server error");
        assertTrue(response.body().contains("This page has expired"), response.body());
        assertFalse(response.body().contains("Exception"), "no exception text in the page");
        assertSecurityHeaders(response);
        assertTrue(response.body().contains("href=\"/shop/index?category=kitchen\""),
                "the page offers to reload the page the form was on: " + response.body());
    }

    @Test
    void theExpiredPageNeverSendsTheVisitorToAnotherSite() throws Exception {
        HttpResponse<String> response = http.send(stalePost("https://elsewhere.example/shop/index"),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(400, response.statusCode());
        assertFalse(response.body().contains("elsewhere.example"), response.body());
        assertTrue(response.body().contains("href=\"/shop/index.xhtml\""), "the posted page instead");
    }

    @Test
    void aFormPostedAfterItsSessionEndedGetsTheExpiredPageWithAClientErrorAndTheSecurityHeaders() throws Exception {
        // The login form's view state lives in the session its GET started; posting it without that session is
        // what a visitor does who comes back to the form after the session timed out.
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(get("shop/login", "en").body());
        assertTrue(viewState.find(), "the login form keeps its view state in the session");

        HttpResponse<String> response = http.send(formPost("shop/login", "login=login&login%3Aemail=a%40b.c"
                        + "&login%3Apassword=x&login%3Asubmit=x&jakarta.faces.ViewState="
                        + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(400, response.statusCode(), "a session timeout is no server error");
        assertTrue(response.body().contains("This page has expired"), response.body());
        assertSecurityHeaders(response);
    }

    /**
     * A post of the shop window's language form with a view state the server never issued. It says it comes from
     * the shop's own page (fetch metadata), whatever its Referer: a forged Referer must not lead the expired page
     * astray, whereas a browser's post from another site never reaches it (HostileInputIT).
     */
    private static HttpRequest stalePost(String referer) {
        String page = referer.startsWith("https:") ? referer : TestSettings.shopUrl() + referer;
        return formPost("shop/index.xhtml", "language=language&language%3Aen=EN&jakarta.faces.ViewState=-123%3A456")
                .header("Referer", page)
                .header("Sec-Fetch-Site", "same-origin")
                .build();
    }

    /** A form's post, from a browser that prefers English, without any session. */
    private static HttpRequest.Builder formPost(String path, String body) {
        return HttpRequest.newBuilder(URI.create(TestSettings.shopUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void theShopHasAnIcon() throws Exception {
        HttpResponse<byte[]> icon = http.send(HttpRequest.newBuilder(URI.create(TestSettings.shopUrl() + "favicon.ico"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, icon.statusCode());
        assertTrue(icon.headers().firstValue("Content-Type").orElse("").startsWith("image/"), icon.headers().toString());
        byte[] body = icon.body();
        assertTrue(body.length > 6 && body[0] == 0 && body[1] == 0 && body[2] == 1 && body[3] == 0,
                "an ICO file");
        assertTrue(get("", "en").body().contains("rel=\"icon\" href=\"/favicon.ico\""), "linked from the pages");
    }

    @Test
    void pagesAndStyleSheetsAreSentGzippedToClientsThatAcceptIt() throws Exception {
        HttpResponse<byte[]> page = gzipped("");
        assertTrue(page.statusCode() == 200 && gunzip(page).contains("product-card"), "the catalog, decoded");

        Matcher styleSheet = Pattern.compile("href=\"/([^\"]+orderdesk\\.css[^\"]*)\"").matcher(gunzip(page));
        assertTrue(styleSheet.find(), "the page links its style sheet");
        HttpResponse<byte[]> css = gzipped(styleSheet.group(1).replace("&amp;", "&"));
        assertTrue(css.statusCode() == 200 && gunzip(css).contains(".form-card"), "the style sheet, decoded");

        HttpResponse<String> plain = get("", "en");
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "no gzip unless asked for");
        assertTrue(plain.body().contains("product-card"));
    }

    /** Over HTTP/1.1, as browsers speak to a server without TLS. */
    private static HttpResponse<byte[]> gzipped(String path) throws IOException, InterruptedException {
        HttpClient http1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return http1.send(HttpRequest.newBuilder(URI.create(TestSettings.shopUrl() + path))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(HttpResponse<byte[]> response) throws IOException {
        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse("none"), response.uri().toString());
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return new String(unzipped.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> home = get("", "ru");

        assertEquals(200, home.statusCode());
        assertSecurityHeaders(home);
    }

    private static void assertSecurityHeaders(HttpResponse<?> response) {
        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("default-src 'self'") && policy.contains("frame-ancestors 'none'"), policy);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(response.headers().firstValue("Referrer-Policy").isPresent());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        // The login page starts a session (its form keeps view state); the catalog pages start none.
        List<String> cookies = get("shop/login", "ru").headers().allValues("Set-Cookie");

        String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(session.contains("HttpOnly"), session);
        assertTrue(session.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), session);
        // Plain HTTP, as the tests are served: no Secure (the browser would drop it); __Host- only on an install
        // served over HTTPS (orderdesk.https-only, HttpsOnlyCookiesTest). Either way for the host, not a domain.
        assertTrue(session.contains("Path=/"), session);
        assertFalse(session.contains("Secure"), session);
        assertFalse(session.toLowerCase(java.util.Locale.ROOT).contains("domain="), session);
    }

    private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestSettings.shopUrl() + path))
                .header("Accept-Language", language).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
