package org.orderdesk.web.security;

/**
 * A customer has just logged in on this session (with a password or a verification link), so what the session held
 * as a guest can join the account. An event rather than a call, so that login knows nothing of the features that
 * keep guest state (the cart observes it).
 */
public record CustomerLoggedIn() {
}
