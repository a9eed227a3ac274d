package org.orderdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.ExternalAddress;
import org.orderdesk.server.ShopClient;
import org.orderdesk.server.ShopPages;
import org.orderdesk.server.TestSettings;

/** ASVS 8.2.1, 14.3.3, 14.5.1, 14.4.x, 5.1.5: what the shop port gives away besides its pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpHardeningIT {

    private static final String FORGED_HOST = "evil.example";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void pagesWithAnAddressOrAResetTokenAreNeverStored() throws Exception {
        ShopClient customer = ResetMails.registered(ShopPages.newEmail());

        for (HttpResponse<String> page : List.of(customer.get("account/profile"), customer.get("account/orders"),
                new ShopClient().get("shop/reset-password?token=x"))) {
            assertEquals(200, page.statusCode(), page.uri().toString());
            assertTrue(page.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                    page.uri() + ": " + page.headers());
        }
    }

    /** ASVS 3.1.1, 4.3.2, 14.4.1: no session id in any address, no folder listings, pages say their charset. */
    @Test
    void noSessionIdInAddressesNoFolderListingsAndPagesSayTheirCharset() throws Exception {
        ShopClient visitor = new ShopClient();
        HttpResponse<String> login = visitor.get("shop/login");

        assertTrue(visitor.sessionId().isPresent(), "the login page starts a session");
        assertFalse(login.body().toLowerCase(Locale.ROOT).contains("jsessionid"), "no session id in links or forms");
        assertTrue(login.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT)
                .replace(" ", "").equals("text/html;charset=utf-8"), login.headers().toString());
        for (String folder : List.of("resources/", "resources/css/", "jakarta.faces.resource/", "WEB-INF/",
                "META-INF/", "error/", "pictures/")) {
            HttpResponse<String> answer = visitor.get(folder);
            assertTrue(answer.statusCode() >= 400 && answer.statusCode() < 500, folder + " gave " + answer.statusCode());
            assertFalse(answer.body().toLowerCase(Locale.ROOT).contains("directory listing"), folder);
        }
    }

    @Test
    void noHeaderNamesTheServerOrJava() throws Exception {
        HttpResponse<String> home = new ShopClient().get("");

        assertTrue(home.headers().firstValue("X-Powered-By").isEmpty(), home.headers().toString());
        assertFalse(home.headers().firstValue("Server").orElse("").matches("(?i).*(payara|java|glassfish).*"),
                home.headers().toString());
    }

    @Test
    void metricsAreNotServedToTheNetwork() throws Exception {
        String network = ExternalAddress.shopUrl().orElse(null);
        Assumptions.assumeTrue(network != null, "no network address to ask from");

        assertEquals(404, new ShopClient(network).get("metrics").statusCode());
        assertEquals(200, new ShopClient().get("metrics").statusCode(), "still there for this host");
    }

    @Test
    void aForgedHostIsNeverSentBackInARedirect() throws Exception {
        for (String path : new String[] {"/account/profile", "/admin"}) {
            String head = headOf(path, FORGED_HOST);

            assertTrue(head.startsWith("HTTP/1.1 30"), head);
            assertFalse(head.toLowerCase().contains(FORGED_HOST), head);
        }
    }

    @Test
    void putDeleteAndOptionsGet405AndNoPageOfTheShop() throws Exception {
        for (String method : new String[] {"PUT", "DELETE", "OPTIONS"}) {
            for (String path : new String[] {"", "shop/login"}) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create(TestSettings.shopUrl() + path))
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());

                assertEquals(405, response.statusCode(), method + " /" + path);
                assertFalse(response.body().contains("Payara"), "the shop's own page, not the server's");
            }
        }
    }

    /** The status line and headers of a GET sent by hand: HttpClient will not send a Host of our choosing. */
    private static String headOf(String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", TestSettings.port("it.http.port"))) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return response.substring(0, Math.max(response.indexOf("\r\n\r\n"), 0));
        }
    }
}
