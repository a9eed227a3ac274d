package org.orderdesk.security;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orderdesk.server.Mailbox;
import org.orderdesk.server.ShopClient;
import org.orderdesk.server.ShopPages;

/** Accounts and their password reset mails over HTTP and IMAP, as a customer meets them. */
final class ResetMails {

    private static final Pattern RESET_PATH = Pattern.compile("http://[^/\\s]+/(shop/reset-password\\?token=\\S+)");
    private static final Pattern TOKEN = Pattern.compile("token=([^&\\s]+)");

    private ResetMails() {
    }

    /** A new customer with ShopPages.PASSWORD, registered through the verification mail, logged in on the client. */
    static ShopClient registered(String email) throws Exception {
        ShopClient client = new ShopClient();
        client.register(email, ShopPages.PASSWORD);
        return client;
    }

    /** Registers the address, asks for a reset and returns the link of the mail that comes. */
    static String firstLinkOfNewCustomer(String email) throws Exception {
        registered(email);
        askForReset(email);
        return awaitLink(email, 1);
    }

    static void askForReset(String email) throws Exception {
        ShopClient client = new ShopClient();
        client.get("shop/forgot-password");
        client.submit("shop/forgot-password", "forgot", Map.of("email", email));
    }

    /** The shop path of the link in the recipient's n-th reset mail (1 = the first), once it has arrived. */
    static String awaitLink(String email, int nth) {
        return Mailbox.awaitLinks(email, RESET_PATH, nth).get(nth - 1);
    }

    static String tokenOf(String link) {
        Matcher token = TOKEN.matcher(link);
        if (!token.find()) {
            throw new IllegalArgumentException("No token in " + link);
        }
        return token.group(1);
    }

    /** Whether the link opens the form for a new password (not the "link no longer valid" message). */
    static boolean works(String link) throws Exception {
        return new ShopClient().get(link).body().contains("id=\"reset\"");
    }

    /** Sets a new password through the link; returns the response to the form's POST. */
    static HttpResponse<String> reset(String link, String newPassword) throws Exception {
        ShopClient client = new ShopClient();
        client.get(link);
        return client.submit(link, "reset", Map.of("password", newPassword, "passwordAgain", newPassword));
    }
}
