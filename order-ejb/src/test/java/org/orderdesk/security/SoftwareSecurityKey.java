package org.orderdesk.security;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.CollectedClientDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.ClientDataType;
import com.webauthn4j.data.client.CollectedClientData;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * A security key in software for the tests: a real P-256 key pair, and the answers a browser would post for it,
 * encoded with webauthn4j's own converters (CBOR, COSE) and signed with the JDK, as an authenticator signs.
 */
final class SoftwareSecurityKey {

    private static final ObjectConverter CONVERTER = new ObjectConverter();
    private static final byte USER_PRESENT = AuthenticatorData.BIT_UP;

    private final KeyPair keys;
    private final byte[] credentialId;
    private long counter;

    SoftwareSecurityKey(long counter) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            this.keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        this.credentialId = RandomSecrets.of(16).getBytes(StandardCharsets.US_ASCII);
        this.counter = counter;
    }

    String credentialId() {
        return encode(credentialId);
    }

    /** What navigator.credentials.create would give on a page of this origin and host for this ceremony. */
    NewSecurityKey register(KeyCeremony ceremony) {
        AttestedCredentialData attested = new AttestedCredentialData(AAGUID.ZERO, credentialId,
                EC2COSEKey.create((ECPublicKey) keys.getPublic(), COSEAlgorithmIdentifier.ES256));
        AuthenticatorData<?> data = new AuthenticatorData<>(rpIdHash(ceremony.rpId()),
                (byte) (USER_PRESENT | AuthenticatorData.BIT_AT), counter, attested);
        @SuppressWarnings({"unchecked", "rawtypes"})
        AttestationObject object = new AttestationObject((AuthenticatorData) data, new NoneAttestationStatement());
        return new NewSecurityKey(clientData(ClientDataType.WEBAUTHN_CREATE, ceremony),
                new AttestationObjectConverter(CONVERTER).convertToBase64urlString(object));
    }

    /** What navigator.credentials.get would give; the key's counter goes up by one first, unless it counts 0. */
    SecurityKeyAssertion sign(KeyCeremony ceremony) {
        if (counter != 0) {
            counter++;
        }
        return signWithCounter(ceremony, counter);
    }

    /** An assertion with the given counter, as a copy of this key would make it. */
    SecurityKeyAssertion signWithCounter(KeyCeremony ceremony, long presentedCounter) {
        byte[] authenticatorData = new AuthenticatorDataConverter(CONVERTER)
                .convert(new AuthenticatorData<>(rpIdHash(ceremony.rpId()), USER_PRESENT, presentedCounter));
        String clientData = clientData(ClientDataType.WEBAUTHN_GET, ceremony);
        byte[] signed = ByteBuffer.allocate(authenticatorData.length + 32).put(authenticatorData)
                .put(sha256(Base64.getUrlDecoder().decode(clientData))).array();
        return new SecurityKeyAssertion(credentialId(), clientData, encode(authenticatorData),
                encode(signature(signed)));
    }

    private static String clientData(ClientDataType type, KeyCeremony ceremony) {
        return new CollectedClientDataConverter(CONVERTER).convertToBase64UrlString(new CollectedClientData(type,
                new DefaultChallenge(ceremony.challenge()), new Origin(ceremony.origin()), null));
    }

    private byte[] signature(byte[] signed) {
        try {
            Signature ecdsa = Signature.getInstance("SHA256withECDSA");
            ecdsa.initSign(keys.getPrivate());
            ecdsa.update(signed);
            return ecdsa.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] rpIdHash(String rpId) {
        return sha256(rpId.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
