package org.orderdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.Mailbox;
import org.orderdesk.server.ShopClient;
import org.orderdesk.server.ShopPages;

/**
 * ASVS 2.5.5, 2.5.6, 3.3.3, 3.3.4: recovery cuts an intruder off. A new password, set on the profile or through a
 * reset link, ends every other session and every other reset link, and the owner gets a mail; wrong current
 * passwords on the profile count like wrong logins. The owner sees every login going on and ends any or all of
 * the others with their password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecoveryIT {

    private static final String NEW_PASSWORD = "a brand new passphrase";
    /** Past the 5 free failures: the account must wait (10 s at most on the test server). */
    private static final int WRONG_CURRENT_PASSWORDS = 10;

    private static final Pattern SESSION_ROW = Pattern.compile("<li class=\"session\">");
    private static final Pattern END_BUTTON = Pattern.compile("name=\"sessions:(rows:\\d+:end)\"");

    private String email;
    /** The owner's session, logged in at registration. */
    private ShopClient owner;
    /** Someone else logged in to the same account, e.g. with a stolen password. */
    private ShopClient intruder;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @BeforeEach
    void twoSessionsOnOneAccount() throws Exception {
        email = ShopPages.newEmail();
        owner = ResetMails.registered(email);
        intruder = new ShopClient();
        assertEquals(302, intruder.logIn(email, ShopPages.PASSWORD).statusCode());
    }

    @Test
    void aNewPasswordOnTheProfileEndsTheOtherSessionsAndTellsTheOwner() throws Exception {
        assertEquals(302, changePassword(ShopPages.PASSWORD).statusCode());

        assertEquals(200, owner.get("account/profile").statusCode(), "the session that changed it stays");
        assertEquals(302, intruder.get("account/profile").statusCode(), "the other session ended");
        MimeMessage notice = Mailbox.awaitSubject(email, "password was changed");
        assertTrue(Mailbox.part(notice, "text/plain").contains("/shop/forgot-password"), "a way back in");
    }

    @Test
    void aResetEndsEverySessionAndEveryOtherResetLink() throws Exception {
        ResetMails.askForReset(email);
        String first = ResetMails.awaitLink(email, 1);
        ResetMails.askForReset(email);
        String second = ResetMails.awaitLink(email, 2);

        assertEquals(302, ResetMails.reset(second, NEW_PASSWORD).statusCode());

        assertFalse(ResetMails.works(first), "the older link died with the reset");
        assertEquals(302, owner.get("account/profile").statusCode());
        assertEquals(302, intruder.get("account/profile").statusCode());
        assertEquals(302, new ShopClient().logIn(email, NEW_PASSWORD).statusCode());
        Mailbox.awaitSubject(email, "password was changed");
    }

    @Test
    void wrongCurrentPasswordsOnTheProfileCountLikeWrongLogins() throws Exception {
        for (int i = 0; i < WRONG_CURRENT_PASSWORDS; i++) {
            assertEquals(200, changePassword("guess " + i).statusCode());
        }

        HttpResponse<String> right = changePassword(ShopPages.PASSWORD);

        assertEquals(200, right.statusCode(), "refused while the account waits");
        assertTrue(right.body().contains("The current password is not right."), right.body());
    }

    @Test
    void theOwnerSeesEveryLoginAndEndsTheIntrudersWithTheirPassword() throws Exception {
        HttpResponse<String> profile = owner.get("account/profile");
        assertEquals(2, sessionRows(profile), profile.body());
        assertTrue(profile.body().contains("This browser"), "the owner's own login is marked");

        HttpResponse<String> wrong = owner.submit("account/profile", "sessions",
                Map.of("currentPassword", "a guess"), endButton(profile));
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("The current password is not right."), wrong.body());
        assertEquals(200, intruder.get("account/profile").statusCode(), "a wrong password ends nothing");

        owner.get("account/profile");
        HttpResponse<String> ended = owner.submit("account/profile", "sessions",
                Map.of("currentPassword", ShopPages.PASSWORD), endButton(profile));

        assertEquals(302, ended.statusCode());
        assertTrue(owner.follow(ended).body().contains("That login has ended."));
        assertEquals(302, intruder.get("account/profile").statusCode(), "the intruder is logged out");
        assertEquals(1, sessionRows(owner.get("account/profile")));
    }

    @Test
    void loggingOutEverywhereElseEndsEveryOtherLoginButThisOne() throws Exception {
        ShopClient another = new ShopClient();
        assertEquals(302, another.logIn(email, ShopPages.PASSWORD).statusCode());
        assertEquals(3, sessionRows(owner.get("account/profile")));

        HttpResponse<String> ended = owner.submit("account/profile", "sessions",
                Map.of("currentPassword", ShopPages.PASSWORD));

        assertEquals(302, ended.statusCode());
        assertEquals(302, intruder.get("account/orders").statusCode());
        assertEquals(302, another.get("account/orders").statusCode());
        assertEquals(200, owner.get("account/orders").statusCode());
        assertEquals(1, sessionRows(owner.get("account/profile")));
    }

    private static long sessionRows(HttpResponse<String> profile) {
        return SESSION_ROW.matcher(profile.body()).results().count();
    }

    /** The one "Log out" button of the list, on the other login's row (the owner's own has none). */
    private static String endButton(HttpResponse<String> profile) {
        Matcher button = END_BUTTON.matcher(profile.body());
        assertTrue(button.find(), profile.body());
        String name = button.group(1);
        assertFalse(button.find(), "one other login, one button");
        return name;
    }

    private HttpResponse<String> changePassword(String currentPassword) throws Exception {
        owner.get("account/profile");
        return owner.submit("account/profile", "change-password", Map.of("currentPassword", currentPassword,
                "password", NEW_PASSWORD, "passwordAgain", NEW_PASSWORD));
    }
}
