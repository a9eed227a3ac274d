package org.orderdesk.server;

import static org.awaitility.Awaitility.await;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionFactory;

/**
 * A recipient's mailbox on the tests' GreenMail, read over IMAP like a mail client would. Each test writes to
 * addresses of its own, so tests never see each other's mail.
 */
public final class Mailbox {

    private Mailbox() {
    }

    /**
     * Up to a minute for mail to come, looking from the start and then every tenth of a second: the outbox sends
     * within half a second on the test server, and a mailbox looked into only every half second (after half a second
     * of waiting first) added a second to every registration through the browser.
     */
    private static ConditionFactory patiently() {
        return await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .ignoreExceptions();
    }

    /** Waits for the recipient's first mail (the application sends asynchronously, through its outbox). */
    public static MimeMessage awaitFirst(String recipient) {
        return patiently().until(() -> messagesOf(recipient), messages -> !messages.isEmpty()).get(0);
    }

    /** Waits for the recipient's mail whose subject contains the text. */
    public static MimeMessage awaitSubject(String recipient, String subjectPart) {
        return patiently().until(() -> withSubject(recipient, subjectPart), Optional::isPresent).orElseThrow();
    }

    private static Optional<MimeMessage> withSubject(String recipient, String subjectPart) throws MessagingException {
        for (MimeMessage message : messagesOf(recipient)) {
            if (message.getSubject().contains(subjectPart)) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }

    /** The shop path of the verification link in the recipient's latest verification mail, once one has come. */
    public static String awaitVerificationLink(String recipient) {
        List<String> links = awaitLinks(recipient, VERIFICATION_LINK, 1);
        return links.get(links.size() - 1);
    }

    /** The shop path of an address verification link in a mail (group 1). */
    public static final Pattern VERIFICATION_LINK =
            Pattern.compile("http://[^/\\s]+/(shop/verify-email\\?token=\\S+)");

    /**
     * The shop paths (group 1 of the pattern) of the links in the recipient's mails, oldest first, once at least
     * the given number of them has come.
     */
    public static List<String> awaitLinks(String recipient, Pattern link, int atLeast) {
        return patiently().until(() -> links(recipient, link), links -> links.size() >= atLeast);
    }

    private static List<String> links(String recipient, Pattern link) throws MessagingException, IOException {
        List<String> links = new ArrayList<>();
        for (MimeMessage message : messagesOf(recipient)) {
            Matcher found = link.matcher(part(message, "text/plain"));
            if (found.find()) {
                links.add(found.group(1));
            }
        }
        return links;
    }

    public static List<MimeMessage> messagesOf(String recipient) throws MessagingException {
        return readInbox(recipient, new FetchProfile(), message -> new MimeMessage((MimeMessage) message));
    }

    /**
     * The Message-IDs of all the recipient's mails, read from their headers only, all in one IMAP command: a
     * command per mail took 18 s for a mailbox of 400.
     */
    public static List<String> messageIds(String recipient) throws MessagingException {
        FetchProfile messageId = new FetchProfile();
        messageId.add("Message-ID");
        return readInbox(recipient, messageId, message -> message.getHeader("Message-ID")[0]);
    }

    /**
     * The subjects of all the recipient's mails, read from their envelopes in one IMAP command: copying every mail
     * whole (messagesOf) on each look took seconds for a dozen mails with their QR codes.
     */
    public static List<String> subjects(String recipient) throws MessagingException {
        FetchProfile envelope = new FetchProfile();
        envelope.add(FetchProfile.Item.ENVELOPE);
        return readInbox(recipient, envelope, Message::getSubject);
    }

    /** A mail's subject and Message-ID (null when it has none). */
    public record Envelope(String subject, String messageId) {
    }

    /**
     * The subject and Message-ID of each of the recipient's mails, from their envelopes in one IMAP command: both
     * from the same look, so that a copy arriving in between cannot pair one mail's subject with another's
     * Message-ID.
     */
    public static List<Envelope> envelopes(String recipient) throws MessagingException {
        FetchProfile envelope = new FetchProfile();
        envelope.add(FetchProfile.Item.ENVELOPE);
        return readInbox(recipient, envelope,
                message -> new Envelope(message.getSubject(), ((MimeMessage) message).getMessageID()));
    }

    private static <T> List<T> readInbox(String recipient, FetchProfile prefetch, Reading<T> reading)
            throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", TestSettings.port("it.imap.port"), recipient, recipient);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] messages = inbox.getMessages();
            inbox.fetch(messages, prefetch);
            List<T> read = new ArrayList<>();
            for (Message message : messages) {
                read.add(reading.read(message));
            }
            return read;
        } finally {
            store.close();
        }
    }

    private interface Reading<T> {
        T read(Message message) throws MessagingException;
    }

    /** The first part of the given type, e.g. text/plain or text/html. */
    public static String part(Part message, String mimeType) throws MessagingException, IOException {
        if (message.isMimeType(mimeType)) {
            return message.getContent().toString();
        }
        if (message.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) message.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                String found = part(parts.getBodyPart(i), mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
