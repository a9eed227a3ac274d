package org.orderdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.ExternalAddress;
import org.orderdesk.server.TestSettings;

/**
 * The test domain is made by the same code as the run command's (LocalPayara): beyond the shop, nothing of it
 * may be reachable from the network, the services the application does not use are off, and its admin wants a
 * password. Ports are Payara's offsets from the test port base.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerExposureIT {

    private static final int SHOP = 80;
    private static final int ADMIN = 48;
    private static final Map<Integer, String> NAMES = Map.of(ADMIN, "admin", 49, "Hazelcast", 81, "HTTPS",
            37, "IIOP", 38, "IIOP/SSL", 39, "IIOP/mutual SSL", 76, "JMS", 86, "JMX");
    /** HTTPS (81) is open on loopback in the test domain alone (HttpsIT), at it.https.port, checked on its own. */
    private static final List<Integer> SWITCHED_OFF = List.of(37, 38, 39, 76, 86);
    private static final int CONNECT_TIMEOUT_MS = 2000;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void fromTheNetworkOnlyTheShopAnswers() {
        InetAddress external = ExternalAddress.find().orElse(null);
        Assumptions.assumeTrue(external != null, "this machine has no network address besides loopback");

        assertTrue(answers(external, port(SHOP)), "the shop on " + external);
        assertEquals("", openPorts(external, List.copyOf(NAMES.keySet())));
        assertFalse(answers(external, httpsPort()), "HTTPS " + httpsPort() + " on " + external);
    }

    @Test
    void servicesTheApplicationDoesNotUseAreOff() throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");

        assertTrue(answers(loopback, port(ADMIN)), "the admin listener on 127.0.0.1");
        assertEquals("", openPorts(loopback, SWITCHED_OFF));
    }

    /**
     * The test domain's HTTPS listener (the run command's stays off: LoopbackOnly) answers on 127.0.0.1 at
     * it.https.port; fromTheNetworkOnlyTheShopAnswers finds it closed on the machine's network address.
     */
    @Test
    void httpsAnswersOnLoopback() throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");

        assertTrue(answers(loopback, httpsPort()), "HTTPS " + httpsPort() + " on 127.0.0.1");
    }

    @Test
    void theAdminRestApiWantsThePassword() throws Exception {
        URI domain = URI.create("http://127.0.0.1:" + port(ADMIN) + "/management/domain");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String login = Base64.getEncoder().encodeToString(
                ("admin:" + System.getProperty("it.admin.password")).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> anonymous = http.send(request(domain).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> admin = http.send(request(domain).header("Authorization", "Basic " + login).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertEquals(200, admin.statusCode(), admin.body());
    }

    private static HttpRequest.Builder request(URI uri) {
        // The REST API refuses requests without this header as a CSRF guard.
        return HttpRequest.newBuilder(uri).header("Accept", "application/json").header("X-Requested-By", "test");
    }

    /** The ports that accept a connection, named, or "" when none does. */
    private static String openPorts(InetAddress address, List<Integer> offsets) {
        return offsets.stream().filter(offset -> answers(address, port(offset)))
                .map(offset -> NAMES.get(offset) + " " + port(offset))
                .collect(Collectors.joining(", "));
    }

    private static int httpsPort() {
        return TestSettings.port("it.https.port");
    }

    private static int port(int offset) {
        return TestSettings.port("it.portbase") + offset;
    }

    private static boolean answers(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), CONNECT_TIMEOUT_MS);
            return true;
        } catch (IOException refusedOrFiltered) {
            return false;
        }
    }
}
