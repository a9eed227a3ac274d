package org.orderdesk.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Calls a servlet that the EAR with the tests adds (NewOperatorServlet, NewCustomerServlet, NewOrderServlet): the way a test outside
 * the server sets its data up through the services instead of through pages that are not what it tests.
 */
final class FixtureServlets {

    private FixtureServlets() {
    }

    /** POSTs the form to the servlet's path and returns the answer's lines. */
    static String[] post(String path, Map<String, String> parameters) {
        return post(path, parameters, "");
    }

    /** POSTs the form with the cookies (name=value; …, none if empty) and returns the answer's lines. */
    static String[] post(String path, Map<String, String> parameters, String cookies) {
        String form = parameters.entrySet().stream()
                .map(parameter -> parameter.getKey() + "=" + URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(TestSettings.shopUrl() + path.substring(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies);
        }
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                throw new IllegalStateException(request.uri() + " answered 404: is the EAR with the tests deployed"
                        + " (Deployments.builtEarWithTests)?");
            }
            if (response.statusCode() != 200) {
                // What went wrong is in server.log (FixtureServlet): a refused checkout, say.
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
            }
            return response.body().split("\n");
        } catch (IOException e) {
            throw new IllegalStateException("No answer from " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
