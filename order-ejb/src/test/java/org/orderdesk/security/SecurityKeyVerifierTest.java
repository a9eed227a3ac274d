package org.orderdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.orderdesk.security.SecurityKeyVerifier.VerifiedKey;
import org.orderdesk.security.domain.SecurityKey;

/**
 * ASVS 2.3.2: webauthn4j's checks as the console and the second-factor page use them, against the answers of a
 * software key (SoftwareSecurityKey: a real P-256 key pair, data encoded with webauthn4j's converters).
 */
class SecurityKeyVerifierTest {

    private static final String ORIGIN = "http://localhost:8080";
    private static final String HOST = "localhost";

    private final SecurityKeyVerifier verifier = new SecurityKeyVerifier();

    @Test
    void aRegisteredKeySignsInAndEachUseMustCountHigher() {
        SoftwareSecurityKey device = new SoftwareSecurityKey(5);
        SecurityKey key = registered(device);
        assertEquals(5, key.signatureCount());

        KeyCeremony signIn = ceremony();
        OptionalLong counter = verifier.verifyAssertion(device.sign(signIn), signIn, key);
        assertEquals(OptionalLong.of(6), counter);
        key.usedWithCounter(counter.getAsLong());

        KeyCeremony next = ceremony();
        assertEquals(OptionalLong.of(7), verifier.verifyAssertion(device.sign(next), next, key));
    }

    @Test
    void anAssertionForAnotherChallengeIsRefused() {
        SoftwareSecurityKey device = new SoftwareSecurityKey(1);
        SecurityKey key = registered(device);

        assertTrue(verifier.verifyAssertion(device.sign(ceremony()), ceremony(), key).isEmpty());
    }

    @Test
    void anAssertionForAnotherSiteIsRefused() {
        SoftwareSecurityKey device = new SoftwareSecurityKey(1);
        SecurityKey key = registered(device);
        KeyCeremony ours = ceremony();

        KeyCeremony otherOrigin = new KeyCeremony("http://evil.example", HOST, ours.challenge());
        assertTrue(verifier.verifyAssertion(device.sign(otherOrigin), ours, key).isEmpty());
        KeyCeremony otherHost = new KeyCeremony(ORIGIN, "evil.example", ours.challenge());
        assertTrue(verifier.verifyAssertion(device.sign(otherHost), ours, key).isEmpty());
    }

    /** A cloned key: its copy was used, so the original's next counter is not above the stored one. */
    @Test
    void aCounterThatDoesNotGoUpIsRefused() {
        SoftwareSecurityKey device = new SoftwareSecurityKey(10);
        SecurityKey key = registered(device);
        KeyCeremony signIn = ceremony();

        assertTrue(verifier.verifyAssertion(device.signWithCounter(signIn, 10), signIn, key).isEmpty());
        assertTrue(verifier.verifyAssertion(device.signWithCounter(signIn, 3), signIn, key).isEmpty());
    }

    @Test
    void aKeyThatCountsNothingIsTakenEachTime() {
        SoftwareSecurityKey device = new SoftwareSecurityKey(0);
        SecurityKey key = registered(device);

        KeyCeremony first = ceremony();
        assertEquals(OptionalLong.of(0), verifier.verifyAssertion(device.sign(first), first, key));
        KeyCeremony second = ceremony();
        assertEquals(OptionalLong.of(0), verifier.verifyAssertion(device.sign(second), second, key));
    }

    @Test
    void anotherKeysSignatureIsRefused() {
        SecurityKey key = registered(new SoftwareSecurityKey(1));
        SoftwareSecurityKey stranger = new SoftwareSecurityKey(1);
        KeyCeremony signIn = ceremony();
        SecurityKeyAssertion strangers = stranger.sign(signIn);
        SecurityKeyAssertion claimingOurKey = new SecurityKeyAssertion(key.credentialId(),
                strangers.clientDataJson(), strangers.authenticatorData(), strangers.signature());

        assertTrue(verifier.verifyAssertion(strangers, signIn, key).isEmpty());
        assertTrue(verifier.verifyAssertion(claimingOurKey, signIn, key).isEmpty());
    }

    @Test
    void aRegistrationForAnotherChallengeOrGarbageIsRefusedWithoutAnException() {
        SoftwareSecurityKey device = new SoftwareSecurityKey(0);

        assertEquals(Optional.empty(), verifier.verifyRegistration(device.register(ceremony()), ceremony()));
        assertEquals(Optional.empty(), verifier.verifyRegistration(new NewSecurityKey("e30", "oA"), ceremony()));
        assertEquals(Optional.empty(), verifier.verifyRegistration(new NewSecurityKey("%%", null), ceremony()));
        assertEquals(OptionalLong.empty(), verifier.verifyAssertion(
                new SecurityKeyAssertion("AA", "e30", "AA", "AA"), ceremony(), registered(device)));
    }

    private SecurityKey registered(SoftwareSecurityKey device) {
        KeyCeremony registration = ceremony();
        VerifiedKey verified = verifier.verifyRegistration(device.register(registration), registration)
                .orElseThrow(() -> new AssertionError("registration refused"));
        assertEquals(device.credentialId(), verified.credentialId());
        return new SecurityKey(null, verified.credentialId(), verified.attestedCredentialData(),
                verified.signatureCount(), "Test key", Instant.now());
    }

    private static KeyCeremony ceremony() {
        return KeyCeremony.begin(ORIGIN, HOST);
    }
}
