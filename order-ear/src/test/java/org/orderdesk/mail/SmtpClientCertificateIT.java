package org.orderdesk.mail;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.MailCertificates;
import org.orderdesk.server.Mailbox;
import org.orderdesk.server.TestSettings;
import org.orderdesk.server.TlsRelay;

/**
 * A mail relay that accepts the shop by its TLS client certificate, with no SMTP password (ASVS 2.10.1; README,
 * "A mail relay without a password"): the application's mail session, switched to SMTPS on the relay's port as
 * ORDERDESK_SMTP_SSL and ORDERDESK_SMTP_PORT would switch it, signs in with the key the domain's key store holds
 * (MailCertificates put it there, as the README tells administrators), and the mail arrives. A client without a
 * certificate is refused at the handshake.
 */
@ExtendWith(ArquillianExtension.class)
class SmtpClientCertificateIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Resource(lookup = SmtpClient.MAIL_SESSION)
    private Session applicationSession;

    @Test
    void aRelayThatWantsACertificateGetsTheOneInTheDomainsKeyStoreAndNoPassword() throws Exception {
        MailCertificates certificates = MailCertificates.ofTheBuild();
        String recipient = "it-" + UUID.randomUUID() + "@orderdesk.test";
        try (TlsRelay relay = TlsRelay.start(certificates.relay(), TestSettings.port("it.smtp.port"))) {
            Transport.send(mailTo(recipient, sessionOverTls(relay.port())));

            SSLSocket stranger = (SSLSocket) certificates.clientWithoutCertificate().getSocketFactory()
                    .createSocket(InetAddress.getLoopbackAddress(), relay.port());
            stranger.setSoTimeout(10_000);
            assertThrows(SSLException.class, () -> {
                stranger.startHandshake();
                stranger.getInputStream().read();
            });
            stranger.close();
            await().atMost(Duration.ofSeconds(10)).until(() -> relay.refused() == 1);
        }
        assertEquals("Over TLS", Mailbox.awaitFirst(recipient).getSubject());
    }

    private Session sessionOverTls(int port) {
        Properties settings = new Properties();
        settings.putAll(applicationSession.getProperties());
        settings.setProperty("mail.smtp.port", Integer.toString(port));
        settings.setProperty("mail.smtp.ssl.enable", "true");
        return Session.getInstance(settings);
    }

    private static MimeMessage mailTo(String recipient, Session session) throws Exception {
        MimeMessage mail = new MimeMessage(session);
        mail.setFrom();
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        mail.setSubject("Over TLS");
        mail.setText("Signed in with the shop's certificate");
        return mail;
    }
}
