package org.orderdesk.platform;

import jakarta.ejb.ApplicationException;

/**
 * A service saying no to something a user asked for: the one way services refuse what users can trigger. An
 * application exception, so the caller gets it as it is (never wrapped, never a 500), and always with a rollback,
 * so that a refusal never leaves half a change behind, whatever the service did before it found out. The reason
 * names the translated message the pages show: messageKey() in the web module's bundles, ru and en.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class RefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final Enum<?> reason;

    /** The kind groups the reasons of one exception class in the bundles; the subject is for the log only. */
    protected RefusedException(String kind, Enum<?> reason, Object subject) {
        super(subject == null ? reason.name() : reason + " " + subject);
        this.kind = kind;
        this.reason = reason;
    }

    public Enum<?> reason() {
        return reason;
    }

    /** For example refused.order.NOT_ALLOWED_NOW. */
    public String messageKey() {
        return "refused." + kind + "." + reason.name();
    }
}
