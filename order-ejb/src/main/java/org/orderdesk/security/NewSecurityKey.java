package org.orderdesk.security;

/**
 * The browser's answer to navigator.credentials.create, as the console's form posts it: the client data (JSON)
 * and the attestation object (CBOR), each URL-safe Base64.
 */
public record NewSecurityKey(String clientDataJson, String attestationObject) {
}
