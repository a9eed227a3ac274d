package org.orderdesk.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of an operator's login with a security key instead of a one-time code: the browser's assertion
 * and the ceremony (challenge) it answers. Who it is for is the session's SecondFactorPending. Beside
 * SecondFactorCredential, which it stands in for.
 */
public record SecurityKeyCredential(SecurityKeyAssertion assertion, KeyCeremony ceremony) implements Credential {
}
