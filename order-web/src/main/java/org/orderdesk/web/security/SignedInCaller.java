package org.orderdesk.web.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who logged in on this session, with their groups: what SessionAuthenticationMechanism hands to the container
 * on every request, and the account's credentialsVersion at login, which must still be the account's for the
 * session to stay logged in. Immutable and serializable, so it also travels with a replicated session to another
 * instance.
 */
record SignedInCaller(String name, Set<String> groups, long credentialsVersion) implements Serializable {

    private static final String ATTRIBUTE = SignedInCaller.class.getName();

    SignedInCaller {
        groups = Set.copyOf(groups);
    }

    static Optional<SignedInCaller> of(HttpSession session) {
        return Optional.ofNullable(session).map(s -> (SignedInCaller) s.getAttribute(ATTRIBUTE));
    }

    /** The same caller after a new password set in this very session, which stays logged in. */
    SignedInCaller withCredentialsVersion(long newVersion) {
        return new SignedInCaller(name, groups, newVersion);
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
