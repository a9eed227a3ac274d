package org.orderdesk.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mail texts live in resource files, one set per language: mail-templates/NAME_LANG.txt (first line the subject,
 * then a blank line, then the plain-text body) and NAME_LANG.html. {{key}} is replaced by a value, HTML-escaped in
 * the HTML part, so a customer's name can never inject markup into a mail. {{{key}}} inserts markup that the
 * caller built (and escaped) itself, such as the rows of a table.
 */
@ApplicationScoped
public class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\{?)([a-zA-Z]+)}}}?");

    /** Template files by name, each read once: they are part of the build and never change while it runs. */
    private final Map<String, String> files = new ConcurrentHashMap<>();
    private final Function<String, String> source;

    public MailTemplates() {
        this(MailTemplates::readResource);
    }

    /** With another source of template files, for tests. */
    MailTemplates(Function<String, String> source) {
        this.source = source;
    }

    public RenderedMail render(String name, String language, Map<String, String> values) {
        String lang = "en".equals(language) ? "en" : "ru";
        String text = fill(read(name + "_" + lang + ".txt"), values, false);
        int endOfSubject = text.indexOf("\n\n");
        if (endOfSubject < 0) {
            throw new IllegalStateException("Template " + name + " has no subject line");
        }
        String html = fill(read(name + "_" + lang + ".html"), values, true);
        return new RenderedMail(text.substring(0, endOfSubject).strip(), text.substring(endOfSubject + 2), html);
    }

    private static String fill(String template, Map<String, String> values, boolean html) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(2));
            if (value == null) {
                throw new IllegalStateException("No value for {{" + matcher.group(2) + "}}");
            }
            boolean raw = !matcher.group(1).isEmpty();
            matcher.appendReplacement(out, Matcher.quoteReplacement(html && !raw ? escapeHtml(value) : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    public static String escapeHtml(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private String read(String file) {
        return files.computeIfAbsent(file, source);
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
