package org.orderdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.security.domain.OneTimeCodes;
import org.orderdesk.security.domain.SecondFactorKey;
import org.orderdesk.server.CodeScanner;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.ExternalAddress;
import org.orderdesk.server.Mailbox;
import org.orderdesk.server.OperatorCodes;
import org.orderdesk.server.ServerLog;
import org.orderdesk.server.ShopClient;
import org.orderdesk.server.ShopFixture;

/**
 * ASVS 2.8 and 4.3.1: operators log in with a password and a one-time code (RFC 6238) or a recovery code. Runs in
 * the server, to make operators of its own (ShopFixture), and drives the pages over HTTP as a browser would; the
 * test computes the codes an authenticator app would show from the secret the enrolment page shows.
 */
@ExtendWith(ArquillianExtension.class)
class OperatorSecondFactorIT {

    /** The refusal, in the field's message element, right after the field. */
    private static final Pattern WRONG_CODE =
            Pattern.compile("id=\"second-factor:code-error\"[^>]*>This code is wrong or was already used");
    private static final Pattern QR_CODE =
            Pattern.compile("id=\"enrolment-qr\" src=\"data:image/png;base64,([^\"]+)\"");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<li><code>([a-z2-7-]+)</code></li>");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    private ShopFixture shop;

    @Inject
    private LoginService logins;

    @Test
    void anOperatorWithoutASecondFactorIsHeldAtItsEnrolmentUntilAppAndCodeAgree() throws Exception {
        String operator = shop.newOperatorWithoutSecondFactor();
        ShopClient client = new ShopClient();

        assertToSecondFactor(client.logInWithPasswordOnly(operator, ShopFixture.PASSWORD));
        assertToSecondFactor(client.get("admin/index"));
        HttpResponse<String> enrolment = client.get("shop/second-factor");
        String secret = client.secretOnEnrolmentPage().orElseThrow(() -> new AssertionError(enrolment.body()));
        assertEquals("otpauth://totp/OrderDesk:" + operator.replace("@", "%40") + "?secret=" + secret
                + "&issuer=OrderDesk", qrCodeOn(enrolment));

        HttpResponse<String> wrong = client.submitSecondFactor(codeOfAnotherSecret());
        assertTrue(wrong.body().contains("current code for the key above"), wrong.body());
        assertToSecondFactor(client.get("admin/orders"));

        client.get("shop/second-factor");
        assertEquals(Optional.of(secret), client.secretOnEnrolmentPage(), "the same secret until enrolled");
        OperatorCodes.enrolled(operator, secret);
        HttpResponse<String> enrolled = client.submitSecondFactor(OperatorCodes.nextCode(operator));
        assertRedirectTo("/admin/recovery-codes", enrolled);
        assertEquals(10, recoveryCodesOn(client.follow(enrolled)).size());
        assertEquals(200, client.get("admin/index").statusCode());
        assertEquals(302, client.get("admin/recovery-codes").statusCode(), "the codes are shown once");

        String log = ServerLog.afterALineOfOurOwn(logins);
        assertFalse(log.contains(secret), "the secret in server.log");
        // ASVS 2.8.2: the database holds the secret sealed with a key kept outside it.
        String stored = shop.storedSecondFactorSecretOf(operator);
        assertFalse(stored.contains(secret), stored);
        assertTrue(SecondFactorKey.isSealed(stored), stored);
    }

    @Test
    void theNextLoginNeedsTheCodeWhichWorksOnceAndNeverAWrongOne() throws Exception {
        String operator = shop.newOperatorWithoutSecondFactor();
        new ShopClient().logIn(operator, ShopFixture.PASSWORD);
        String code = OperatorCodes.nextCode(operator);

        ShopClient first = startLogin(operator);
        assertTrue(first.get("shop/second-factor").body().contains("authenticator app shows"));
        assertRefused(first.submitSecondFactor(codeOfAnotherSecret()));
        assertRedirectTo("/admin/index", first.submitSecondFactor(code));
        assertEquals(200, first.get("admin/index").statusCode());

        ShopClient second = startLogin(operator);
        second.get("shop/second-factor");
        long firstReplayHour = Instant.now().getEpochSecond() / 3600;
        assertRefused(second.submitSecondFactor(code));
        assertToSecondFactor(second.get("admin/index"));
        second.get("shop/second-factor");
        assertRefused(second.submitSecondFactor(code));
        long windowsSpanned = Instant.now().getEpochSecond() / 3600 - firstReplayHour + 1;

        // ASVS 2.8.5: the operator hears of the replay, once an hour however often it is repeated (twice only
        // when the two replays fell on both sides of a full hour).
        assertTrue(Mailbox.part(Mailbox.awaitSubject(operator, "Код входа в OrderDesk использован повторно"),
                "text/plain").contains("/shop/login"));
        long replayMails = shop.mailsTo(operator).stream()
                .filter(mail -> mail.kind() == MailKind.ONE_TIME_CODE_REUSED).count();
        assertTrue(replayMails >= 1 && replayMails <= windowsSpanned, replayMails + " mails");
        assertTrue(ServerLog.afterALineOfOurOwn(logins).contains("One-time code used again for account"));
    }

    @Test
    void aRecoveryCodeLogsInOnce() throws Exception {
        String operator = shop.newOperatorWithoutSecondFactor();
        ShopClient enrolling = new ShopClient();
        HttpResponse<String> enrolled = enrolling.logIn(operator, ShopFixture.PASSWORD);
        String recoveryCode = recoveryCodesOn(enrolling.follow(enrolled)).get(4);

        ShopClient first = startLogin(operator);
        first.get("shop/second-factor");
        assertRedirectTo("/admin/index", first.submitSecondFactor(recoveryCode.toUpperCase()));
        assertEquals(200, first.get("admin/index").statusCode());

        ShopClient second = startLogin(operator);
        second.get("shop/second-factor");
        assertRefused(second.submitSecondFactor(recoveryCode));
        assertToSecondFactor(second.get("admin/index"));
    }

    /**
     * ASVS 2.5.7, 2.8.6: an operator without phone and recovery codes is helped by another, never by themselves,
     * who gives their own current code for it (4.3.3); the reset ends the helped operator's sessions, they hear of
     * it by mail and enrol anew at their next login.
     */
    @Test
    void anotherOperatorResetsALostSecondFactorAndItsOwnerEnrolsAgain() throws Exception {
        String lost = shop.newOperator();
        ShopClient lostSession = new ShopClient();
        lostSession.logIn(lost, ShopFixture.PASSWORD);
        String helper = shop.newOperator();
        ShopClient helping = new ShopClient();
        helping.logIn(helper, ShopFixture.PASSWORD);

        helping.get("admin/operators");
        HttpResponse<String> own = helping.submit("admin/operators", "reset",
                Map.of("email", helper, "code", "not my code"));
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("Enter the e-mail of another operator."), own.body());
        HttpResponse<String> noStepUp = helping.submit("admin/operators", "reset",
                Map.of("email", lost, "code", "not my code"));
        assertEquals(200, noStepUp.statusCode(), "ASVS 4.3.3: the helper proves their own factor again");
        assertTrue(noStepUp.body().contains("This is not your current sign-in code"), noStepUp.body());
        assertEquals(200, lostSession.get("admin/index").statusCode(), "nothing was reset");
        HttpResponse<String> reset = helping.submit("admin/operators", "reset",
                Map.of("email", lost, "code", OperatorCodes.nextCode(helper)));
        assertRedirectTo("/admin/operators", reset);
        assertTrue(helping.follow(reset).body().contains("The sign-in codes of " + lost + " were reset"));

        assertEquals(302, lostSession.get("admin/index").statusCode(), "the lost operator's session ended");
        assertEquals(200, helping.get("admin/index").statusCode(), "the helper's own codes still work");
        assertTrue(Mailbox.part(Mailbox.awaitSubject(lost, "Коды входа в OrderDesk сброшены"), "text/plain")
                .contains("/shop/login"));
        assertTrue(Pattern.compile("Second factor of operator account \\d+ reset by operator account \\d+")
                .matcher(ServerLog.afterALineOfOurOwn(logins)).find());
        assertRedirectTo("/admin/recovery-codes", new ShopClient().logIn(lost, ShopFixture.PASSWORD));
    }

    /**
     * Wrong codes count like wrong passwords: from a stranger's address that has the password, they end in a
     * wait during which even the right code is not taken, and the password neither (the test server's waits grow
     * from 1 s to 10 s; after ten wrong codes the wait is 10 s, and each try meanwhile counts as wrong too).
     */
    @Test
    void wrongCodesAreThrottledLikeWrongPasswords() throws Exception {
        String strangerUrl = ExternalAddress.strangerShopUrl();
        String operator = shop.newOperator();
        ShopClient stranger = new ShopClient(strangerUrl);
        assertToSecondFactor(stranger.logInWithPasswordOnly(operator, ShopFixture.PASSWORD));
        stranger.get("shop/second-factor");

        for (int i = 0; i < 10; i++) {
            assertRefused(stranger.submitSecondFactor(codeOfAnotherSecret()));
        }

        assertRefused(stranger.submitSecondFactor(OperatorCodes.nextCode(operator)));
        HttpResponse<String> password = new ShopClient(strangerUrl).logInWithPasswordOnly(operator,
                ShopFixture.PASSWORD);
        assertTrue(password.body().contains("Wrong e-mail or password."), password.body());
    }

    private static ShopClient startLogin(String operator) throws Exception {
        ShopClient client = new ShopClient();
        assertToSecondFactor(client.logInWithPasswordOnly(operator, ShopFixture.PASSWORD));
        return client;
    }

    /**
     * A well-formed code that is none of the three the server takes now: of a secret nobody was given. (One in a
     * million times it could be right by chance; then a second secret's is not.)
     */
    private static String codeOfAnotherSecret() {
        return OneTimeCodes.code(OneTimeCodes.newSecret(), OneTimeCodes.stepAt(Instant.now()));
    }

    private static void assertToSecondFactor(HttpResponse<String> response) {
        assertTrue(ShopClient.isToSecondFactor(response),
                response.statusCode() + " " + response.headers().firstValue("Location").orElse(""));
    }

    /** Refused: the same form again, with the message next to the code field. */
    private static void assertRefused(HttpResponse<String> response) {
        assertEquals(200, response.statusCode());
        assertTrue(WRONG_CODE.matcher(response.body()).find(), response.body());
    }

    private static void assertRedirectTo(String path, HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith(path), location);
    }

    private static String qrCodeOn(HttpResponse<String> page) throws Exception {
        Matcher qr = QR_CODE.matcher(page.body());
        assertTrue(qr.find(), page.body());
        return CodeScanner.read(ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(qr.group(1)))),
                BarcodeFormat.QR_CODE);
    }

    private static List<String> recoveryCodesOn(HttpResponse<String> page) {
        List<String> codes = new ArrayList<>();
        Matcher code = RECOVERY_CODE.matcher(page.body());
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }
}
