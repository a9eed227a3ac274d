package org.orderdesk.mail;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.orderdesk.security.domain.Roles;

/**
 * Hands mail to the SMTP server of the application's mail session (defined in the web module's web.xml, host,
 * port, credentials and sender overridable by environment variables). Outside any transaction: sending is not
 * transactional, and a refused mail must never doom the caller's transaction. Many mails go over one connection:
 * a connection per mail costs a TCP and SMTP handshake and, with mail.smtp.writetimeout set, a thread.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SmtpClient {

    public static final String MAIL_SESSION = "java:app/mail/orderdesk";

    /*
     * jakarta.mail 2.1 (as Payara bundles it) looks its stream provider up with a ServiceLoader for every body part
     * it builds or writes unless this property names it (jakartaee/mail-api#699): under load the lookups through
     * the EAR's class loaders were the sender's main cost. Angus Mail's provider is the one Payara ships; a value
     * an administrator set is kept.
     */
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    @Resource(lookup = MAIL_SESSION)
    private Session session;

    /** A connection to the SMTP server for a batch of mails; the caller closes it. */
    public Transport connect() throws MessagingException {
        Transport connection = session.getTransport();
        connection.connect();
        return connection;
    }

    /**
     * Sends one mail over a connection from connect(). A mail the server refuses (SendFailedException) leaves the
     * connection usable for the next one; connection.isConnected() tells whether a failure cost the connection.
     */
    public void send(Transport connection, @NotNull @Valid OutgoingMail mail) throws MessagingException {
        MimeMessage message = new FixedIdMimeMessage(session, mail.messageId());
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setContent(body(mail));
        // Unlike Transport.send, sendMessage does not save the message: this writes its headers, Message-ID too.
        message.saveChanges();
        connection.sendMessage(message, message.getAllRecipients());
    }

    /** Text and HTML as alternatives; with inline images, both wrapped in a multipart/related with the images. */
    private static Multipart body(OutgoingMail mail) throws MessagingException {
        MimeMultipart alternatives = alternatives(mail);
        if (mail.images().isEmpty()) {
            return alternatives;
        }
        MimeMultipart related = new MimeMultipart("related");
        MimeBodyPart content = new MimeBodyPart();
        content.setContent(alternatives);
        related.addBodyPart(content);
        for (OutgoingMail.InlineImage image : mail.images()) {
            MimeBodyPart picture = new MimeBodyPart();
            picture.setDataHandler(new DataHandler(new ByteArrayDataSource(image.content(), image.contentType())));
            picture.setContentID("<" + image.contentId() + ">");
            picture.setDisposition(Part.INLINE);
            related.addBodyPart(picture);
        }
        return related;
    }

    private static MimeMultipart alternatives(OutgoingMail mail) throws MessagingException {
        MimeMultipart alternatives = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        alternatives.addBodyPart(text);
        if (mail.html() != null) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            alternatives.addBodyPart(html);
        }
        return alternatives;
    }

    /** jakarta.mail replaces the Message-ID on save; this keeps the one the caller chose. */
    private static final class FixedIdMimeMessage extends MimeMessage {

        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
