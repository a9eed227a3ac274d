package org.orderdesk.mail;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Objects;

/**
 * One mail ready to go: a plain-text part for every client and an HTML part for those that show it. The
 * Message-ID is chosen by the caller so that the same event always produces the same id.
 */
public record OutgoingMail(@NotBlank @Email String to, @NotBlank String subject, @NotBlank String text,
                           String html, @NotBlank String messageId, List<InlineImage> images) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(messageId, "messageId");
        images = List.copyOf(images);
    }

    public OutgoingMail(String to, String subject, String text, String html, String messageId) {
        this(to, subject, text, html, messageId, List.of());
    }

    /** A picture the HTML part shows with src="cid:CONTENT_ID". */
    public record InlineImage(String contentId, String contentType, byte[] content) {
    }
}
