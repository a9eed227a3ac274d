package org.orderdesk.security;

import java.time.Instant;

/** A login still going on, as its owner sees it in their list; current is the session asking. */
public record ActiveSession(long id, String device, String clientAddress, Instant openedAt, Instant lastSeenAt,
        boolean current) {
}
