package org.orderdesk.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2-HMAC-SHA512 with 210,000 iterations (OWASP's figure). The parameters are set explicitly because the
 * Jakarta default is 2,048 iterations; hashes carry their own parameters, so old ones keep verifying if these grow.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final int ITERATIONS = 210_000;

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    private volatile String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean matches(char[] password, String hash) {
        return pbkdf2.verify(password, hash);
    }

    /**
     * A hash of nobody's password, verified when a login names no account, so that such a login takes as long
     * as any other.
     */
    public String decoy() {
        if (decoy == null) {
            decoy = hash("decoy password for unknown accounts".toCharArray());
        }
        return decoy;
    }
}
