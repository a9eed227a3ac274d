package org.orderdesk.benchmark;

import java.io.IOException;
import java.net.http.HttpResponse;
import org.orderdesk.server.ShopClient;

/** Logging in and checking answers for the timers, which must never time an error page or the login page. */
final class Sessions {

    /** An answer other than the one expected, kept with its request and status so a load run can count them. */
    static final class Unexpected extends IllegalStateException {

        private final String what;
        private final int status;

        Unexpected(String what, int status, String detail) {
            super(what + " answered HTTP " + status + detail);
            this.what = what;
            this.status = status;
        }

        String what() {
            return what;
        }

        int status() {
            return status;
        }
    }

    private Sessions() {
    }

    static ShopClient loggedIn(String email, String password) throws IOException, InterruptedException {
        ShopClient client = new ShopClient();
        expectRedirect(client.logIn(email, password), "Login as " + email);
        return client;
    }

    /**
     * A new customer account through the registration form and the link of the verification mail, as a visitor
     * creates one (an unverified customer places no order).
     */
    static void register(String email, String password) throws IOException, InterruptedException {
        expectRedirect(new ShopClient().register(email, password), "Registration of " + email);
    }

    static HttpResponse<String> expectOk(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            throw new Unexpected(what, response.statusCode(), "");
        }
        return response;
    }

    /** A form that succeeded answers with a redirect (Post/Redirect/Get); a 200 is the form shown again. */
    static HttpResponse<String> expectRedirect(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 3) {
            throw new Unexpected(what, response.statusCode(), "");
        }
        return response;
    }
}
