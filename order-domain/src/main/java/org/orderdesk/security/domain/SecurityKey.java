package org.orderdesk.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * An operator's FIDO2 / WebAuthn security key (a passkey), registered from the console and then taken at the
 * second step of a login instead of a one-time code (ASVS 2.3.2). Kept as the authenticator gave it at the
 * registration, URL-safe Base64: the credential id, and the attested credential data, which carry the public key
 * (COSE); never a secret. The signature counter of the last use lets a cloned key be refused.
 */
@Entity
@Table(name = "security_key",
        indexes = @Index(name = "ix_security_key_account", columnList = "account_id, created_at"))
public class SecurityKey {

    /** The longest name an operator may give a key. */
    public static final int NAME_LENGTH = 60;

    @Id
    @GeneratedValue
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @NotBlank
    @Column(name = "credential_id", nullable = false, length = 1400)
    private String credentialId;

    @NotBlank
    @Column(name = "attested_credential_data", nullable = false, length = 4000)
    private String attestedCredentialData;

    @Column(name = "signature_count", nullable = false)
    private long signatureCount;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SecurityKey() {
        // for JPA
    }

    public SecurityKey(Account account, String credentialId, String attestedCredentialData, long signatureCount,
                       String name, Instant createdAt) {
        this.account = account;
        this.credentialId = credentialId;
        this.attestedCredentialData = attestedCredentialData;
        this.signatureCount = signatureCount;
        this.name = name;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String credentialId() {
        return credentialId;
    }

    public String attestedCredentialData() {
        return attestedCredentialData;
    }

    public long signatureCount() {
        return signatureCount;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /**
     * Keeps the signature counter of a use whose signature was verified. The verification has refused a counter
     * that did not go up (a copy of the key was used meanwhile), unless the key counts nothing (0, and 0 before).
     */
    public void usedWithCounter(long presented) {
        signatureCount = presented;
    }
}
