package org.orderdesk.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A new operator for each test that works in the console from outside the server, made by NewOperatorServlet.
 * The server takes each operator's one-time code of a 30-second step once, so tests that all logged in as the
 * seeded operator waited for fresh steps: about two minutes of every build. The test classes that call this
 * deploy the EAR with the tests.
 */
public final class NewOperators {

    /** Every new operator's password. */
    public static final String PASSWORD = ShopFixture.PASSWORD;

    private NewOperators() {
    }

    /** Its e-mail; OperatorCodes makes its codes. */
    public static String make() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestSettings.shopUrl() + NewOperatorServlet.PATH.substring(1)))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode()
                        + ": is the EAR with the tests deployed (Deployments.builtEarWithTests)?");
            }
            String[] operator = response.body().split("\n");
            OperatorCodes.enrolled(operator[0], operator[1], Long.parseLong(operator[2]));
            return operator[0];
        } catch (IOException e) {
            throw new IllegalStateException("No new operator from " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
