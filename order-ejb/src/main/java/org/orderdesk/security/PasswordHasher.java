package org.orderdesk.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.orderdesk.security.domain.PepperedPasswordHash;

/**
 * PBKDF2-HMAC-SHA512 with 210,000 iterations (OWASP's figure), peppered (ASVS 2.4.5, PepperedPasswordHash): the
 * pepper is derived from the key in the key file that also seals the one-time-code secrets (SecondFactorKeys),
 * so a copy of the database alone cannot be used to check password guesses. Hashes carry their own parameters,
 * so old ones keep verifying if the iterations grow, or if a test server hashed with fewer
 * (orderdesk.password.iterations).
 */
@ApplicationScoped
public class PasswordHasher {

    /** OWASP's figure for PBKDF2-HMAC-SHA512, and the default. */
    static final int RECOMMENDED_ITERATIONS = 210_000;
    /** NIST SP 800-132's floor: below it a setting is refused, whatever the server is for. */
    static final int MINIMUM_ITERATIONS = 1_000;
    /** Changing it makes every stored password wrong: it names the pepper, it does not describe it. */
    static final String PEPPER_LABEL = "orderdesk password pepper";

    private static final Logger LOG = Logger.getLogger(PasswordHasher.class.getName());

    @Inject
    private SecondFactorKeys keys;

    @Inject
    private AccountRepository accounts;

    /**
     * Fewer only on a test server, where a password hash is a third of a second of a shared core in every login
     * and registration of every test (docs/BENCHMARKS.md, "Password hashes in the test server").
     */
    @Inject
    @ConfigProperty(name = "orderdesk.password.iterations", defaultValue = "" + RECOMMENDED_ITERATIONS)
    private int iterations;

    private PepperedPasswordHash hashes;

    private volatile String decoy;

    @PostConstruct
    void configure() {
        checkIterations(iterations);
        hashes = new PepperedPasswordHash(keys.key().derive(PEPPER_LABEL));
    }

    /** Refuses a count below the floor; warns at every start about one below OWASP's figure. */
    static void checkIterations(int iterations) {
        if (iterations < MINIMUM_ITERATIONS) {
            throw new IllegalStateException("orderdesk.password.iterations is " + iterations + "; at least "
                    + MINIMUM_ITERATIONS + " are needed, and " + RECOMMENDED_ITERATIONS + " are recommended");
        }
        if (iterations < RECOMMENDED_ITERATIONS) {
            LOG.warning(() -> "New password hashes get " + iterations + " PBKDF2 iterations, fewer than the "
                    + RECOMMENDED_ITERATIONS + " recommended (orderdesk.password.iterations): for test servers only");
        }
    }

    public String hash(char[] password) {
        return hashes.hash(password, iterations);
    }

    public boolean matches(char[] password, String hash) {
        return hashes.matches(password, hash);
    }

    /**
     * A start-up step, in the caller's transaction: wraps the plain PBKDF2 hashes of the releases before the pepper
     * (no password needed), all at once, so that no backup taken after the upgrade holds one. Rows are updated
     * without loading the accounts: a shop's customers need not fit in one persistence context.
     */
    public void pepperPlainHashes() {
        int wrapped = 0;
        for (StoredPasswordHash stored : accounts.passwordHashesWithout(PepperedPasswordHash.MARK + ":")) {
            if (PepperedPasswordHash.isPlainPbkdf2(stored.hash())) {
                wrapped += accounts.replacePasswordHash(stored.accountId(), stored.hash(), hashes.wrap(stored.hash()))
                        ? 1 : 0;
            } else {
                // Nothing a password could fit: left as it is, and refused at every login.
                LOG.warning(() -> "Account " + stored.accountId() + " has a password hash of no known form");
            }
        }
        if (wrapped > 0) {
            int count = wrapped;
            LOG.info(() -> "Peppered the password hashes of " + count + " accounts stored before the pepper");
        }
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
