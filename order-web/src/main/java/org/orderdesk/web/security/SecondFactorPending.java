package org.orderdesk.web.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * An operator who gave the right password and still owes the second factor: the session keeps who they will be
 * once the code is right, but the container is told nobody, so the session has no operator rights meanwhile. For
 * an operator without a second factor yet, the secret their app is being given (a new one at each login, so it is
 * never shown again once enrolled).
 */
record SecondFactorPending(String name, Set<String> groups, long credentialsVersion, String enrolmentSecret)
        implements Serializable {

    private static final String ATTRIBUTE = SecondFactorPending.class.getName();

    SecondFactorPending {
        groups = Set.copyOf(groups);
    }

    static Optional<SecondFactorPending> of(HttpSession session) {
        return Optional.ofNullable(session).map(s -> (SecondFactorPending) s.getAttribute(ATTRIBUTE));
    }

    boolean isEnrolling() {
        return enrolmentSecret != null;
    }

    /** The caller this session becomes once the second step is done: logged in from then. */
    SignedInCaller signedIn(String sessionKey, Instant now) {
        return new SignedInCaller(name, groups, sessionKey, now);
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
