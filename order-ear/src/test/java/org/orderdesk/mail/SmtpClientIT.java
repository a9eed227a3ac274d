package org.orderdesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.server.Callers;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.Mailbox;
import org.orderdesk.server.SmtpSwitch;

/**
 * An EJB sends through the application's mail session (its SMTP port set by the test server's environment, as an
 * administrator would) and the mail is read back from GreenMail over IMAP. Several mails share one connection.
 */
@ExtendWith(ArquillianExtension.class)
class SmtpClientIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    private SmtpClient sender;

    /** The sender is the outbox job's: it sends as the system. */
    @Inject
    private Callers callers;

    @Test
    void aMailSentByTheEjbArrivesWithItsSubjectPartsAndMessageId() throws Exception {
        String recipient = "it-" + UUID.randomUUID() + "@orderdesk.test";
        String messageId = "<" + UUID.randomUUID() + "@orderdesk.test>";

        callers.asSystem(() -> {
            try (Transport connection = sender.connect()) {
                sender.send(connection, new OutgoingMail(recipient, "Заказ 10000001-0001 оформлен",
                        "Номер заказа: 10000001-0001", "<p>Номер заказа: <b>10000001-0001</b></p>", messageId));
            }
            return null;
        });

        MimeMessage received = Mailbox.awaitFirst(recipient);
        assertEquals("Заказ 10000001-0001 оформлен", received.getSubject());
        assertEquals(messageId, received.getMessageID());
        assertEquals("shop@orderdesk.test", received.getFrom()[0].toString());
        assertTrue(Mailbox.part(received, "text/plain").contains("10000001-0001"));
        assertTrue(Mailbox.part(received, "text/html").contains("<b>10000001-0001</b>"));
    }

    @Test
    void aMailboxTheServerRefusesFailsThatMailOnlyAndTheConnectionSendsTheNext() throws Exception {
        String refused = SmtpSwitch.REFUSED + UUID.randomUUID() + "@orderdesk.test";
        String recipient = "it-" + UUID.randomUUID() + "@orderdesk.test";

        // Assertions inside the work fail the test too: the container hands them on, wrapped in an EJBException.
        callers.asSystem(() -> {
            try (Transport connection = sender.connect()) {
                assertThrows(SendFailedException.class, () -> sender.send(connection, mailTo(refused)));
                assertTrue(connection.isConnected());
                sender.send(connection, mailTo(recipient));
            }
            return null;
        });

        assertEquals("Hello", Mailbox.awaitFirst(recipient).getSubject());
        assertTrue(Mailbox.messagesOf(refused).isEmpty());
    }

    private static OutgoingMail mailTo(String recipient) {
        return new OutgoingMail(recipient, "Hello", "Hello", null, "<" + UUID.randomUUID() + "@orderdesk.test>");
    }
}
