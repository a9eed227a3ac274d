package org.orderdesk.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.orderdesk.server.CustomerAndOperatorBrowsers;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.Mailbox;

/** A customer in Chromium writing to support about an order, an operator answering in the console. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupportBrowserIT extends CustomerAndOperatorBrowsers {

    private static final String BOOK = "BOO-001";

    /** With the tests: its customers and operators are new ones (NewCustomers, NewOperators). */
    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    /** Fills in the open new-ticket form and sends it; returns the new ticket's number. */
    private String sendTicket(String topic, String text) {
        new Select(browser.findElement(By.id("ticket:topic"))).selectByValue(topic);
        shop.type("ticket:text", text);
        shop.click("ticket:submit");
        return shop.text("ticket-number");
    }

    /** The ticket's row in the operators' queue, looked for page by page (the oldest tickets come first). */
    private WebElement queueRow(String id) {
        console().open("admin/tickets");
        while (true) {
            List<WebElement> rows = operatorBrowser.findElements(
                    By.cssSelector("#ticket-table tr[data-ticket='" + id + "']"));
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            console.click("next-page");
        }
    }

    /** How the conversation signs its messages, top to bottom, in the given browser. */
    private static List<String> authors(WebDriver reader) {
        return reader.findElements(By.cssSelector("#conversation .message-author")).stream()
                .map(WebElement::getText).toList();
    }

    /** What the console's mail log calls the mails to that address (the newest page of the log). */
    private List<String> mailKindsInTheLog(String recipient) {
        console.open("admin/mail");
        return operatorBrowser.findElements(By.cssSelector("#mail-table .mail-row")).stream()
                .filter(row -> row.findElement(By.className("mail-recipient")).getText().equals(recipient))
                .map(row -> row.findElement(By.className("mail-kind")).getText()).toList();
    }

    private WebElement myTicketRow(String id) {
        return browser.findElement(By.cssSelector("#ticket-list li[data-ticket='" + id + "']"));
    }

    @Test
    void aQuestionAboutAnOrderIsAnsweredMailedRepliedToAndClosed() throws Exception {
        String number = placedOrder(BOOK);
        shop.open("account/order?number=" + number);
        shop.click("support-link");
        assertEquals("/account/new-ticket", shop.path());
        assertEquals(number, new Select(browser.findElement(By.id("ticket:order")))
                .getFirstSelectedOption().getAttribute("value"));
        String id = sendTicket("WHERE_IS_MY_ORDER", "Где мой заказ?\nЖду уже неделю.");
        assertEquals("Ждёт ответа поддержки", shop.text("ticket-status"));

        assertTrue(queueRow(id).getText().contains(number));
        console.open("admin/ticket?id=" + id);
        assertEquals(number, console.text("order-link"));
        assertEquals("В сборке", console.text("order-status"));
        console.click("take:submit");
        assertEquals(operatorEmail(), console.text("ticket-operator"));
        console.type("answer:text", "Заказ собирается, завтра передадим его в доставку.");
        console.click("answer:submit");
        assertEquals("Поддержка ответила", console.text("ticket-status"));
        assertEquals(List.of("Покупатель", "Вы"), authors(operatorBrowser), "the operator's side is \"you\"");

        MimeMessage mail = Mailbox.awaitSubject(customerEmail, "Ответ поддержки по обращению №" + id);
        String text = Mailbox.part(mail, "text/plain");
        assertTrue(text.contains("завтра передадим его в доставку"), text);
        assertTrue(text.contains("/account/ticket?id=" + id), text);
        assertTrue(mailKindsInTheLog(customerEmail).contains("Ответ поддержки"), "the mail log names the answer's kind");

        shop.click("nav-tickets");
        assertTrue(myTicketRow(id).getAttribute("class").contains("ticket-unread"));
        assertTrue(myTicketRow(id).getText().contains("Новых ответов: 1"));
        shop.open("account/ticket?id=" + id);
        assertEquals(List.of("Вы", "Поддержка"), authors(browser));
        shop.type("reply:text", "Спасибо!");
        shop.click("reply:submit");
        assertEquals("Ждёт ответа поддержки", shop.text("ticket-status"));
        assertEquals(List.of("Вы", "Поддержка", "Вы"), authors(browser));
        shop.open("account/tickets");
        assertFalse(myTicketRow(id).getAttribute("class").contains("ticket-unread"), "the answer has been read");

        shop.open("account/ticket?id=" + id);
        shop.click("close:submit");
        assertEquals("Закрыто", shop.text("ticket-status"));
        assertTrue(browser.findElements(By.id("reply:text")).isEmpty(), "a closed ticket takes no replies");
        assertTrue(shop.text("closed-notice").contains("новое обращение"));
    }

    @Test
    void anotherCustomersTicketLooksExactlyLikeOneThatDoesNotExist() {
        shop.open("account/new-ticket");
        String id = sendTicket("OTHER", "Личный вопрос");

        assertHiddenFromAnotherCustomer("account/ticket?id=" + id, "account/ticket?id=999999999");
        shop.open("account/tickets");
        assertTrue(browser.findElements(By.cssSelector("#ticket-list li")).isEmpty());
    }

    @Test
    void hostileTextIsShownAsTextAndOverlongTextIsRefusedNextToTheFieldAndKept() {
        shop.open("shop/help");
        shop.click("help-ticket-link");
        String hostile = "<script>alert(1)</script>";
        sendTicket("OTHER", hostile);

        assertEquals(List.of(hostile), browser.findElements(By.cssSelector("#conversation .message-text")).stream()
                .map(WebElement::getText).toList());
        assertTrue(browser.findElements(By.cssSelector("#conversation script")).isEmpty());

        String tooLong = "я".repeat(10_000);
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("reply:text")), tooLong);
        shop.click("reply:submit");

        assertEquals("Слишком длинно: не больше 2000 символов.", shop.text("reply:text-error"));
        assertEquals(tooLong, browser.findElement(By.id("reply:text")).getDomProperty("value"));
        assertEquals(1, authors(browser).size());
        browser.executeScript("arguments[0].value = ' '", browser.findElement(By.id("reply:text")));
        shop.click("reply:submit");
        assertEquals("Заполните это поле.", shop.text("reply:text-error"));
    }
}
