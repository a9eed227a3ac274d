package org.orderdesk.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.orderdesk.security.SecurityKeyVerifier.VerifiedKey;
import org.orderdesk.security.domain.Account;
import org.orderdesk.security.domain.Roles;
import org.orderdesk.security.domain.SecurityKey;

/**
 * The security keys (FIDO2 / WebAuthn) a signed-in operator registers as a second factor beside the app's codes
 * (ASVS 2.3.2), and removes again. Only the caller's own keys: no operator sees or changes another's, except that
 * a reset of another's second factor (SecondFactorResets) removes theirs.
 */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class OperatorSecurityKeys {

    /** The longest name an operator may give a key, for the page's name field. */
    public static final int NAME_LENGTH = SecurityKey.NAME_LENGTH;

    private static final Logger LOG = Logger.getLogger(OperatorSecurityKeys.class.getName());
    private static final int USER_HANDLE_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource
    private SessionContext session;

    @Inject
    private AccountRepository accounts;

    @Inject
    private SecurityKeyRepository keys;

    @Inject
    private SecurityKeyVerifier verifier;

    @Inject
    private OwnCodeStepUp stepUp;

    @Inject
    private Clock clock;

    /** A key as the console lists it. */
    public record Row(long id, String name, Instant createdAt) {
    }

    /**
     * What the browser needs to create a key for the caller: the account's random user handle (made now if it has
     * none), the name the authenticator shows, and the keys it already has, which it must not register twice.
     */
    public record Registration(String userHandle, String userName, String displayName,
                               List<String> registeredCredentialIds) {
    }

    /** What came of a registration. */
    public enum Registered {
        REGISTERED,
        /** The browser's answer did not verify (another challenge, page, algorithm, or malformed). */
        REFUSED,
        /** This key is registered already, to this or another account. */
        ALREADY_REGISTERED
    }

    /** What came of a removal. */
    public enum Removed {
        REMOVED,
        /** No such key of the caller's: nothing changed. */
        NOT_FOUND,
        /** The caller's own code was wrong, or they must wait after wrong ones: nothing changed. */
        WRONG_CODE
    }

    public List<Row> mine() {
        return keys.of(caller()).stream().map(key -> new Row(key.id(), key.name(), key.createdAt())).toList();
    }

    public Registration registration() {
        Account account = callerForUpdate();
        byte[] newHandle = new byte[USER_HANDLE_BYTES];
        RANDOM.nextBytes(newHandle);
        return new Registration(account.securityKeyUserHandle(newHandle), account.email(), account.displayName(),
                keys.of(account).stream().map(SecurityKey::credentialId).toList());
    }

    /** Verifies the browser's answer to the ceremony and keeps the new key under the given name. */
    public Registered register(@NotBlank @Size(max = NAME_LENGTH) String name,
                               @NotNull NewSecurityKey answer, @NotNull KeyCeremony ceremony) {
        Account account = callerForUpdate();
        Optional<VerifiedKey> verified = verifier.verifyRegistration(answer, ceremony);
        if (verified.isEmpty()) {
            LOG.warning(() -> "Security key not registered for operator account " + account.id());
            return Registered.REFUSED;
        }
        if (keys.isRegistered(verified.get().credentialId())) {
            LOG.warning(() -> "Security key not registered for operator account " + account.id()
                    + ": registered already");
            return Registered.ALREADY_REGISTERED;
        }
        SecurityKey key = new SecurityKey(account, verified.get().credentialId(),
                verified.get().attestedCredentialData(), verified.get().signatureCount(), name.strip(),
                clock.instant());
        keys.add(key);
        LOG.info(() -> "Security key registered for operator account " + account.id());
        return Registered.REGISTERED;
    }

    /**
     * Removes one of the caller's keys, once they gave their own current sign-in code again (OwnCodeStepUp): a
     * session left open must not be able to take away the owner's key.
     */
    public Removed remove(long id, String callersCode) {
        Account account = callerForUpdate();
        Optional<SecurityKey> key = keys.find(account, id);
        if (key.isEmpty()) {
            return Removed.NOT_FOUND;
        }
        if (!stepUp.holds(account, callersCode, clock.instant(), "Security key removal")) {
            return Removed.WRONG_CODE;
        }
        keys.remove(key.get());
        LOG.info(() -> "Security key removed by operator account " + account.id());
        return Removed.REMOVED;
    }

    private Account caller() {
        return accounts.findByEmail(session.getCallerPrincipal().getName()).orElseThrow();
    }

    private Account callerForUpdate() {
        return accounts.findByEmailForUpdate(session.getCallerPrincipal().getName()).orElseThrow();
    }
}
