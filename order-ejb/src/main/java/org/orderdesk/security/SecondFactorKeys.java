package org.orderdesk.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.orderdesk.security.domain.SecondFactorKey;

/**
 * The key that seals the operators' one-time-code secrets (ASVS 2.8.2) and from which the passwords' pepper is
 * derived (ASVS 2.4.5, PasswordHasher), kept outside the database: configured
 * (orderdesk.second-factor.key, the Base64 of 32 bytes), or else in a key file (orderdesk.second-factor.key-file;
 * by default orderdesk-second-factor.key in the domain's config folder), which the first start creates, readable
 * by the server's account only, like the admin password file. Without the key no password fits and no enrolled
 * operator can log in until their secret is cleared in the database; instances sharing a database must share the
 * key.
 */
@ApplicationScoped
public class SecondFactorKeys {

    private static final Logger LOG = Logger.getLogger(SecondFactorKeys.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    @ConfigProperty(name = "orderdesk.second-factor.key")
    private Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "orderdesk.second-factor.key-file")
    private Optional<String> keyFile;

    private SecondFactorKey key;

    @PostConstruct
    void load() {
        key = new SecondFactorKey(configuredKey.map(String::strip).map(Base64.getDecoder()::decode)
                .orElseGet(this::fromFile));
    }

    public SecondFactorKey key() {
        return key;
    }

    /** A start-up step: seals the secrets stored in clear before sealing existed, in the caller's transaction. */
    public void sealClearSecrets() {
        long sealed = accounts.operators().stream().filter(account -> account.sealSecondFactor(key)).count();
        if (sealed > 0) {
            LOG.info(() -> "Sealed the one-time-code secrets of " + sealed + " operators stored in clear");
        }
    }

    private byte[] fromFile() {
        Path file = keyFile.map(Path::of).orElseGet(() -> Path.of(System.getProperty("com.sun.aas.instanceRoot"),
                "config", "orderdesk-second-factor.key"));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(Files.createFile(file,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
                    Base64.getEncoder().encodeToString(SecondFactorKey.newKey()), StandardCharsets.US_ASCII);
            LOG.info(() -> "Created the key for one-time-code secrets in " + file);
        } catch (FileAlreadyExistsException kept) {
            // The key of an earlier start (or of an instance starting at the same time): the one to use.
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the one-time-code key file " + file, e);
        }
        try {
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the one-time-code key file " + file, e);
        }
    }
}
