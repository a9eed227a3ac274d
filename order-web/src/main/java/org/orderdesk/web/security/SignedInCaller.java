package org.orderdesk.web.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Who logged in on this session, with their groups: what SessionAuthenticationMechanism hands to the container
 * on every request; the key of the login's AccountSession, which must still be current for the session to stay
 * logged in (not ended by its owner, not older than the account's last new password); and when the login was,
 * which ends it after the absolute session lifetime however active it is (ASVS 3.3.2). Immutable and
 * serializable, so it also travels with a replicated session to another instance.
 */
record SignedInCaller(String name, Set<String> groups, String sessionKey, Instant loggedInAt)
        implements Serializable {

    private static final String ATTRIBUTE = SignedInCaller.class.getName();

    SignedInCaller {
        groups = Set.copyOf(groups);
    }

    static Optional<SignedInCaller> of(HttpSession session) {
        return Optional.ofNullable(session).map(s -> (SignedInCaller) s.getAttribute(ATTRIBUTE));
    }

    /** Whether the login is the lifetime old or older, so the caller must log in again, active or not. */
    boolean hasOutlived(Duration lifetime, Instant now) {
        return !now.isBefore(loggedInAt.plus(lifetime));
    }

    void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    static void forget(HttpSession session) {
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
