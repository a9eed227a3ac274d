package org.orderdesk.mail;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Mail texts live in resource files, one set per language: mail-templates/NAME_LANG.txt (first line the subject,
 * then a blank line, then the plain-text body) and NAME_LANG.html, filled by JMustache. {{key}} is replaced by a
 * value, HTML-escaped in the HTML part, so a customer's name can never inject markup into a mail; {{#key}}…{{/key}}
 * repeats for each element of a list of values (the lines of an order). A value the template names and the caller
 * did not give is an error, never an empty gap in a customer's mail.
 */
@ApplicationScoped
public class MailTemplates {

    /** The five characters that matter in HTML text and quoted attributes; a link's "=" and "/" stay as they are. */
    private static final Mustache.Escaper HTML = Escapers.simple(new String[][] {
            {"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"\"", "&quot;"}, {"'", "&#39;"}});
    /** An empty text leaves its {{#key}} section out, so a mail has no blank lines for what did not happen. */
    private static final Mustache.Compiler TEXT_COMPILER = Mustache.compiler().strictSections(true)
            .emptyStringIsFalse(true).escapeHTML(false);
    private static final Mustache.Compiler HTML_COMPILER = Mustache.compiler().strictSections(true)
            .emptyStringIsFalse(true).withEscaper(HTML);

    /** Templates by file name, each read and compiled once: they are part of the build and never change. */
    private final Map<String, Template> templates = new ConcurrentHashMap<>();
    private final Function<String, String> source;

    public MailTemplates() {
        this(MailTemplates::readResource);
    }

    /** With another source of template files, for tests. */
    MailTemplates(Function<String, String> source) {
        this.source = source;
    }

    /** Values are text, or lists of maps of text for sections. */
    public RenderedMail render(String name, String language, Map<String, ?> values) {
        String lang = "en".equals(language) ? "en" : "ru";
        String text = fill(name + "_" + lang + ".txt", values);
        int endOfSubject = text.indexOf("\n\n");
        if (endOfSubject < 0) {
            throw new IllegalStateException("Template " + name + " has no subject line");
        }
        String html = fill(name + "_" + lang + ".html", values);
        return new RenderedMail(text.substring(0, endOfSubject).strip(), text.substring(endOfSubject + 2), html);
    }

    private String fill(String file, Map<String, ?> values) {
        Template template = templates.computeIfAbsent(file, name ->
                (name.endsWith(".html") ? HTML_COMPILER : TEXT_COMPILER).compile(source.apply(name)));
        try {
            return template.execute(values);
        } catch (MustacheException e) {
            throw new IllegalStateException("Template " + file + ": " + e.getMessage(), e);
        }
    }

    private static String readResource(String file) {
        try (InputStream in = MailTemplates.class.getResourceAsStream("/mail-templates/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing mail template " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mail in one language, ready for the outbox. */
    public record RenderedMail(String subject, String text, String html) {
    }
}
