package org.orderdesk.security;

import com.webauthn4j.WebAuthnAuthenticationManager;
import com.webauthn4j.WebAuthnRegistrationManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecord;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticationRequest;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.RegistrationRequest;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.verifier.exception.VerificationException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.orderdesk.security.domain.SecurityKey;

/**
 * Checks the browser's answers of WebAuthn ceremonies with webauthn4j, which parses the CBOR and COSE and verifies
 * challenge, origin, relying-party id hash, user presence, the algorithm and the signature. Attestation is "none"
 * (any key the operator owns will do; no vendor list to keep), so the registration manager is webauthn4j's
 * non-strict one, which trusts no attestation and needs none. A refusal is logged with webauthn4j's reason, never
 * with the data. Anything malformed (Base64, CBOR, JSON) is a refusal too, never an error page.
 */
@ApplicationScoped
public class SecurityKeyVerifier {

    private static final Logger LOG = Logger.getLogger(SecurityKeyVerifier.class.getName());

    /** The algorithms the console asks keys for, in its order of preference: ES256, then RS256. */
    public static final List<Long> ALGORITHMS =
            List.of(COSEAlgorithmIdentifier.ES256.getValue(), COSEAlgorithmIdentifier.RS256.getValue());

    private static final boolean USER_VERIFICATION_REQUIRED = false;
    private static final boolean USER_PRESENCE_REQUIRED = true;

    private final ObjectConverter converter = new ObjectConverter();
    private final WebAuthnRegistrationManager registrations =
            WebAuthnRegistrationManager.createNonStrictWebAuthnRegistrationManager(converter);
    private final WebAuthnAuthenticationManager authentications =
            new WebAuthnAuthenticationManager(List.of(), converter);
    private final AttestedCredentialDataConverter credentialData = new AttestedCredentialDataConverter(converter);

    /** What of a verified new key is kept: its id and attested credential data (URL-safe Base64), its counter. */
    public record VerifiedKey(String credentialId, String attestedCredentialData, long signatureCount) {
    }

    /** The new key, if the answer is a valid registration for this ceremony with an allowed algorithm. */
    public Optional<VerifiedKey> verifyRegistration(NewSecurityKey answer, KeyCeremony ceremony) {
        try {
            RegistrationData data = registrations.verify(
                    new RegistrationRequest(decode(answer.attestationObject()), decode(answer.clientDataJson())),
                    new RegistrationParameters(serverProperty(ceremony), allowedAlgorithms(),
                            USER_VERIFICATION_REQUIRED, USER_PRESENCE_REQUIRED));
            var authenticatorData = data.getAttestationObject().getAuthenticatorData();
            AttestedCredentialData attested = authenticatorData.getAttestedCredentialData();
            return Optional.of(new VerifiedKey(encode(attested.getCredentialId()),
                    encode(credentialData.convert(attested)), authenticatorData.getSignCount()));
        } catch (DataConversionException | VerificationException | IllegalArgumentException e) {
            LOG.warning(() -> "Security key registration refused: " + e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /**
     * The key's new signature counter, if the answer is this key's valid assertion for this ceremony, with the
     * user present and a counter above the stored one (unless the key counts nothing): a copy of a key that was
     * used meanwhile is refused.
     */
    public OptionalLong verifyAssertion(SecurityKeyAssertion answer, KeyCeremony ceremony, SecurityKey key) {
        try {
            byte[] credentialId = decode(key.credentialId());
            AuthenticationData data = authentications.verify(
                    new AuthenticationRequest(decode(answer.credentialId()), null,
                            decode(answer.authenticatorData()), decode(answer.clientDataJson()), null,
                            decode(answer.signature())),
                    new AuthenticationParameters(serverProperty(ceremony), recordOf(key), List.of(credentialId),
                            USER_VERIFICATION_REQUIRED, USER_PRESENCE_REQUIRED));
            return OptionalLong.of(data.getAuthenticatorData().getSignCount());
        } catch (DataConversionException | VerificationException | IllegalArgumentException e) {
            LOG.warning(() -> "Security key assertion refused: " + e.getClass().getSimpleName());
            return OptionalLong.empty();
        }
    }

    /** The key as webauthn4j checks an assertion against it: its public key and last counter; no attestation. */
    private CredentialRecord recordOf(SecurityKey key) {
        return new CredentialRecordImpl(new NoneAttestationStatement(), null, null, null, key.signatureCount(),
                credentialData.convert(decode(key.attestedCredentialData())), null, null, null, null);
    }

    private static ServerProperty serverProperty(KeyCeremony ceremony) {
        return ServerProperty.builder()
                .origin(new Origin(ceremony.origin()))
                .rpId(ceremony.rpId())
                .challenge(new DefaultChallenge(decode(ceremony.challenge())))
                .build();
    }

    private static List<PublicKeyCredentialParameters> allowedAlgorithms() {
        return ALGORITHMS.stream()
                .map(alg -> new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY,
                        COSEAlgorithmIdentifier.create(alg)))
                .toList();
    }

    private static byte[] decode(String base64Url) {
        if (base64Url == null) {
            throw new IllegalArgumentException("missing");
        }
        return Base64.getUrlDecoder().decode(base64Url);
    }

    static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
