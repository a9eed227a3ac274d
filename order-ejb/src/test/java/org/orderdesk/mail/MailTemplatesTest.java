package org.orderdesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orderdesk.mail.MailTemplates.RenderedMail;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();
    private final Map<String, String> values = Map.of("name", "<b>Anna</b> & Co", "link",
            "http://shop/reset?token=abc", "hours", "1");

    @Test
    void rendersTheSubjectAndBothPartsInRussian() {
        RenderedMail mail = templates.render("password-reset", "ru", values);

        assertEquals("Восстановление пароля OrderDesk", mail.subject());
        assertTrue(mail.text().contains("http://shop/reset?token=abc"));
        assertTrue(mail.html().contains("href=\"http://shop/reset?token=abc\""));
    }

    @Test
    void rendersEnglishAndFallsBackToRussianForOtherLanguages() {
        assertEquals("Reset your OrderDesk password", templates.render("password-reset", "en", values).subject());
        assertEquals("Восстановление пароля OrderDesk",
                templates.render("password-reset", "de", values).subject());
    }

    @Test
    void escapesValuesInTheHtmlPartOnly() {
        RenderedMail mail = templates.render("password-reset", "en", values);

        assertTrue(mail.html().contains("&lt;b&gt;Anna&lt;/b&gt; &amp; Co"));
        assertFalse(mail.html().contains("<b>Anna</b>"));
        assertTrue(mail.text().contains("<b>Anna</b> & Co"));
    }

    @Test
    void aLoginFromANewBrowserNamesTheBrowserOnlyWhenItIsKnown() {
        Map<String, String> login = Map.of("name", "Anna", "device", "Firefox · Windows", "address", "192.0.2.10",
                "sessions", "http://shop/account/profile", "link", "http://shop/shop/forgot-password");
        Map<String, String> unnamed = new HashMap<>(login);
        unnamed.put("device", "");

        RenderedMail named = templates.render("new-device-login", "en", login);
        RenderedMail anonymous = templates.render("new-device-login", "ru", unnamed);

        assertTrue(named.text().contains("Browser: Firefox · Windows\nAddress: 192.0.2.10"), named.text());
        assertTrue(anonymous.text().contains("\nАдрес: 192.0.2.10"), anonymous.text());
        assertFalse(anonymous.text().contains("Браузер:"), anonymous.text());
        assertFalse(anonymous.html().contains("Браузер:"), anonymous.html());
    }

    @Test
    void refusesAMissingValue() {
        assertThrows(IllegalStateException.class, () -> templates.render("password-reset", "en", Map.of()));
    }

    @Test
    void aSupportAnswerCarriesTheAnswerEscapedInHtmlAndTheTicketLink() {
        Map<String, String> answer = Map.of("name", "Anna", "number", "42", "answer",
                "<script>alert(1)</script>\nLine two", "link", "http://shop/account/ticket?id=42");

        RenderedMail ru = templates.render("support-answer", "ru", answer);
        RenderedMail en = templates.render("support-answer", "en", answer);

        assertEquals("Ответ поддержки по обращению №42", ru.subject());
        assertEquals("Support answered your request #42", en.subject());
        assertTrue(ru.text().contains("<script>alert(1)</script>\nLine two"));
        assertTrue(ru.text().contains("http://shop/account/ticket?id=42"));
        assertTrue(en.html().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(en.html().contains("<script>"));
        assertTrue(en.html().contains("href=\"http://shop/account/ticket?id=42\""));
    }

    @Test
    void readsEachTemplateFileOnceHoweverManyMailsItRenders() {
        List<String> reads = new ArrayList<>();
        MailTemplates counting = new MailTemplates(file -> {
            reads.add(file);
            return "Subject " + file + "\n\nHello {{name}}";
        });

        for (int i = 0; i < 3; i++) {
            counting.render("password-reset", "en", Map.of("name", "Anna " + i));
        }
        RenderedMail ru = counting.render("password-reset", "ru", Map.of("name", "Boris"));

        assertEquals(List.of("password-reset_en.txt", "password-reset_en.html", "password-reset_ru.txt",
                "password-reset_ru.html"), reads);
        assertEquals("Subject password-reset_ru.txt", ru.subject());
        assertEquals("Hello Boris", ru.text());
    }

    @Test
    void anOrdersLinesAreRepeatedInBothPartsAndEscapedInHtml() {
        Map<String, Object> order = new HashMap<>(Map.of("name", "Anna", "number", "K-1", "pickupCode", "12345678",
                "total", "3 ₽", "delivery", "Courier", "payment", "Card", "link", "http://shop/o", "help", "http://shop/h"));
        order.put("items", List.of(
                Map.of("name", "Tea <green>", "quantity", "2", "total", "2 ₽"),
                Map.of("name", "Cup", "quantity", "1", "total", "1 ₽")));

        RenderedMail mail = templates.render("order-confirmation", "en", order);

        assertTrue(mail.text().contains("- Tea <green> × 2 = 2 ₽\n- Cup × 1 = 1 ₽\n"), mail.text());
        assertTrue(mail.html().contains("<td>Tea &lt;green&gt;</td><td>× 2</td>"), mail.html());
        assertTrue(mail.html().contains("<td>Cup</td><td>× 1</td>"));
        assertFalse(mail.text().contains("{{"));
    }

    @Test
    void aLineForWhatDidNotHappenIsLeftOutWithItsBlankLine() {
        Map<String, String> received = new HashMap<>(Map.of("name", "Anna", "number", "10000001-0001",
                "point", "Tverskaya", "link", "http://shop/o", "help", "http://shop/h", "partial", "", "refund", ""));

        RenderedMail whole = templates.render("order-received", "en", received);
        received.put("partial", "Received partially: 1 of 2 items. Refused: Cup × 1 (damaged).");
        RenderedMail partial = templates.render("order-received", "en", received);

        assertFalse(whole.text().contains("\n\n\n"), whole.text());
        assertFalse(whole.html().contains("<p></p>"), whole.html());
        assertTrue(partial.text().contains("us!\nReceived partially: 1 of 2 items."), partial.text());
        assertTrue(partial.html().contains("<p>Received partially: 1 of 2 items."), partial.html());
    }

    @Test
    void anOrderRefusedAtTheDeskIsNotCalledUncollected() {
        Map<String, String> returned = new HashMap<>(Map.of("name", "Anna", "number", "10000001-0001",
                "point", "Tverskaya", "deadline", "1 December", "total", "3 ₽", "link", "http://shop/o",
                "help", "http://shop/h", "refusedAll", ""));

        RenderedMail uncollected = templates.render("order-returned", "en", returned);
        returned.put("refusedAll", "At the pickup point you refused every item of order 10000001-0001: Cup × 1.");
        RenderedMail refused = templates.render("order-returned", "ru", returned);

        assertTrue(uncollected.text().contains("was not collected"), uncollected.text());
        assertTrue(refused.text().contains("you refused every item"), refused.text());
        assertFalse(refused.text().contains("не забрали"), refused.text());
        assertFalse(refused.html().contains("не забрали"), refused.html());
    }
}
