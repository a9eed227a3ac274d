package org.orderdesk.security;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.ExternalAddress;
import org.orderdesk.server.NewOperators;
import org.orderdesk.server.ShopClient;
import org.orderdesk.server.ShopPages;
import org.orderdesk.server.TestSettings;

/**
 * ASVS 5.3.4 (a LIKE pattern is data, not syntax), 7.1.3 (login outcomes logged with the client address) and
 * customer numbers that do not count the customers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchAndNumbersIT {

    private static final Pattern CUSTOMER_NUMBER = Pattern.compile("id=\"customer-number\">(\\d{8})<");

    /** With the tests: its operators are new ones (NewOperators). */
    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Test
    void anUnderscoreInTheCustomerSearchIsAnUnderscoreNotAWildcard() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String lookAlike = registerNamed("Zhanna x" + mark);
        String meant = registerNamed("Zhanna _" + mark);
        ShopClient operator = new ShopClient();
        operator.logIn(NewOperators.make(), NewOperators.PASSWORD);

        String found = operator.get("admin/customers?q=" + URLEncoder.encode("_" + mark, StandardCharsets.UTF_8))
                .body();

        assertTrue(found.contains(meant), found);
        assertFalse(found.contains(lookAlike), "'_' matched another character");
    }

    @Test
    void customersRegisteringOneAfterTheOtherGetUnrelatedNumbers() throws Exception {
        long first = customerNumberOf(ResetMails.registered(ShopPages.newEmail()));
        long second = customerNumberOf(ResetMails.registered(ShopPages.newEmail()));

        assertNotEquals(1, Math.abs(second - first), first + " then " + second);
    }

    @Test
    void aRefusedLoginIsLoggedWithTheClientAddress() throws Exception {
        String network = ExternalAddress.shopUrl().orElse(null);
        Assumptions.assumeTrue(network != null, "no network address to log in from");
        String line = "Login refused from " + ExternalAddress.find().orElseThrow().getHostAddress();
        long before = linesWith(line);

        new ShopClient(network).logIn(ShopPages.newEmail(), "not a password");

        await().atMost(Duration.ofSeconds(10)).until(() -> linesWith(line) > before);
    }

    /** ASVS 7.2.2: a refused access leaves a line with the account, method, path and address, no parameter. */
    @Test
    void aCustomerOpeningAConsolePageIsLoggedWithoutTheParameters() throws Exception {
        ShopClient customer = new ShopClient();
        customer.register(ShopPages.newEmail(), ShopPages.PASSWORD);
        String parameter = "probe-" + UUID.randomUUID();
        Pattern line = Pattern.compile("Refused \\(403\\): account \\d+, GET /admin/operators from \\S+");
        long before = linesMatching(line);

        assertEquals(403, customer.get("admin/operators?q=" + parameter).statusCode());

        await().atMost(Duration.ofSeconds(10)).until(() -> linesMatching(line) > before);
        assertEquals(0, linesMatching(Pattern.compile(parameter)));
    }

    @Test
    void aRefusedMethodIsLoggedWithoutTheParameters() throws Exception {
        String parameter = "probe-" + UUID.randomUUID();
        Pattern line = Pattern.compile("Refused \\(405\\): anonymous, DELETE /shop/login from \\S+");
        long before = linesMatching(line);

        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(TestSettings.shopUrl() + "shop/login?q=" + parameter)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(405, refused.statusCode());
        await().atMost(Duration.ofSeconds(10)).until(() -> linesMatching(line) > before);
        assertEquals(0, linesMatching(Pattern.compile(parameter)));
    }

    private static String registerNamed(String name) throws Exception {
        String email = ShopPages.newEmail();
        Map<String, String> form = ShopClient.registrationForm(email, ShopPages.PASSWORD);
        form.put("displayName", name);
        new ShopClient().register(form);
        return email;
    }

    private static long customerNumberOf(ShopClient customer) throws Exception {
        Matcher number = CUSTOMER_NUMBER.matcher(customer.get("account/profile").body());
        assertTrue(number.find(), "a customer number on the profile");
        return Long.parseLong(number.group(1));
    }

    private static long linesWith(String text) throws IOException {
        return linesMatching(Pattern.compile(Pattern.quote(text)));
    }

    private static long linesMatching(Pattern pattern) throws IOException {
        Path log = Path.of(System.getProperty("payara.home"), "glassfish/domains/orderdesk-it/logs/server.log");
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> pattern.matcher(line).find()).count();
        }
    }
}
