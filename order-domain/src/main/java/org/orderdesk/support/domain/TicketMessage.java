package org.orderdesk.support.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One message of a support conversation: plain text, who wrote it and when. Never changed once written. */
@Embeddable
public class TicketMessage {

    /** The longest message a customer or an operator may write. */
    public static final int MAX_MESSAGE = 2000;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_role", nullable = false, length = 10)
    private AuthorRole authorRole;

    @Column(name = "author_email", nullable = false, length = 254)
    private String authorEmail;

    @Column(name = "message_text", nullable = false, length = MAX_MESSAGE)
    private String text;

    @Column(name = "written_at", nullable = false)
    private Instant at;

    protected TicketMessage() {
        // for JPA
    }

    TicketMessage(AuthorRole authorRole, String authorEmail, String text, Instant at) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A message needs text");
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_MESSAGE) {
            throw new IllegalArgumentException("A message has at most " + MAX_MESSAGE + " characters");
        }
        this.authorRole = authorRole;
        this.authorEmail = authorEmail;
        this.text = stripped;
        this.at = at;
    }

    public AuthorRole authorRole() {
        return authorRole;
    }

    public String authorEmail() {
        return authorEmail;
    }

    public String text() {
        return text;
    }

    public Instant at() {
        return at;
    }
}
