package org.orderdesk.security;

/**
 * The browser's answer to navigator.credentials.get, as the second-factor page posts it: which key signed, the
 * client data (JSON), the authenticator data and the signature, each URL-safe Base64.
 */
public record SecurityKeyAssertion(String credentialId, String clientDataJson, String authenticatorData,
                                   String signature) {
}
