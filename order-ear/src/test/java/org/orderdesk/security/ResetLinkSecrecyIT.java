package org.orderdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.orderdesk.server.NewOperators;
import org.orderdesk.server.ShopClient;
import org.orderdesk.server.ShopPages;

/**
 * ASVS 2.5.x / 3.x: a password reset link in the stored mail would let any operator, or anyone holding a copy of
 * the database, take over the account. The mail log must show it redacted, and a re-send must carry a new token.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResetLinkSecrecyIT {

    /** With the tests: its operators are new ones (NewOperators). */
    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    private String email;
    private String link;
    private ShopClient operator;
    /** The reset mail's id in the mail log. */
    private String id;

    @BeforeEach
    void aResetMailHasArrived() throws Exception {
        email = ShopPages.newEmail();
        link = ResetMails.firstLinkOfNewCustomer(email);
        operator = new ShopClient();
        operator.logIn(NewOperators.make(), NewOperators.PASSWORD);
        id = mailId(operator, email);
    }

    @Test
    void theMailLogShowsTheResetLinkRedacted() throws Exception {
        String view = operator.get("admin/mail-view?id=" + id).body();
        String html = operator.get("admin/mail-html/" + id).body();

        assertTrue(ResetMails.works(link), "the mailed link works");
        for (String page : new String[] {view, html}) {
            assertFalse(page.contains(ResetMails.tokenOf(link)), page);
            assertTrue(page.contains("reset-password?token=REDACTED"), page);
        }
    }

    @Test
    void sendAgainMailsAFreshTokenAndTheOldLinkStopsWorking() throws Exception {
        operator.get("admin/mail-view?id=" + id);

        assertEquals(302, operator.submit("admin/mail-view?id=" + id, "resend", Map.of()).statusCode());
        String second = ResetMails.awaitLink(email, 2);

        assertNotEquals(ResetMails.tokenOf(link), ResetMails.tokenOf(second));
        assertTrue(ResetMails.works(second), "the re-sent link works");
        assertFalse(ResetMails.works(link), "the first link no longer works");
    }

    /** The mail log's id of the newest mail to the address. */
    private static String mailId(ShopClient operator, String email) throws Exception {
        String log = operator.get("admin/mail").body();
        Matcher row = Pattern.compile("mail-view\\?id=(\\d+)[^<]*</a></td>\\s*<td class=\"mail-recipient\">"
                + Pattern.quote(email) + "<").matcher(log);
        if (!row.find()) {
            throw new AssertionError("No mail to " + email + " in the log: " + log);
        }
        return row.group(1);
    }
}
