package org.orderdesk.mail;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.TestSettings;

/**
 * An EJB sends through the application's mail session (its SMTP port set by the test server's environment, as an
 * administrator would) and the mail is read back from GreenMail over IMAP.
 */
@ExtendWith(ArquillianExtension.class)
class MailSenderIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(MailSenderIT.class);
    }

    @Inject
    private MailSender sender;

    @Test
    void aMailSentByTheEjbArrivesWithItsSubjectPartsAndMessageId() throws Exception {
        String recipient = "it-" + UUID.randomUUID() + "@orderdesk.test";
        String messageId = "<" + UUID.randomUUID() + "@orderdesk.test>";

        sender.send(new OutgoingMail(recipient, "Заказ 10000001-0001 оформлен", "Номер заказа: 10000001-0001",
                "<p>Номер заказа: <b>10000001-0001</b></p>", messageId));

        Message received = await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> firstMessageOf(recipient),
                message -> message != null);
        assertEquals("Заказ 10000001-0001 оформлен", received.getSubject());
        assertEquals(messageId, received.getHeader("Message-ID")[0]);
        assertEquals("shop@orderdesk.test", received.getFrom()[0].toString());
        Multipart parts = (Multipart) received.getContent();
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(parts.getBodyPart(0).getContent().toString().contains("10000001-0001"));
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
    }

    private static Message firstMessageOf(String recipient) throws MessagingException, IOException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", TestSettings.port("it.imap.port"), recipient, recipient);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            if (inbox.getMessageCount() == 0) {
                return null;
            }
            Message message = inbox.getMessage(1);
            // Read everything the test asserts while the folder is open.
            return new jakarta.mail.internet.MimeMessage((jakarta.mail.internet.MimeMessage) message);
        } finally {
            store.close();
        }
    }
}
