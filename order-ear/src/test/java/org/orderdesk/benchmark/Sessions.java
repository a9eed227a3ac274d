package org.orderdesk.benchmark;

import java.io.IOException;
import java.net.http.HttpResponse;
import org.orderdesk.server.ShopClient;

/** Logging in and checking answers for the timers, which must never time an error page or the login page. */
final class Sessions {

    private Sessions() {
    }

    static ShopClient loggedIn(String email, String password) throws IOException, InterruptedException {
        ShopClient client = new ShopClient();
        HttpResponse<String> answer = client.logIn(email, password);
        if (answer.statusCode() / 100 != 3) {
            throw new IllegalStateException("Login as " + email + " failed: HTTP " + answer.statusCode());
        }
        return client;
    }

    static HttpResponse<String> expectRedirect(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 3) {
            throw new IllegalStateException(what + " answered HTTP " + response.statusCode());
        }
        return response;
    }

    static HttpResponse<String> expectOk(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(what + " answered HTTP " + response.statusCode());
        }
        return response;
    }
}
