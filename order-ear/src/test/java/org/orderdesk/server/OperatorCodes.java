package org.orderdesk.server;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.orderdesk.security.domain.OneTimeCodes;

/**
 * The tests' authenticator app: each operator's secret, as the enrolment page showed it (or ShopFixture enrolled
 * it), and the codes it makes. The server takes each time step's code once, so every code given out here is of a
 * step not given out before for that operator: now's, or the next one's (the server takes one step ahead too);
 * only a third login of one operator within the same 30 seconds waits for the next step.
 */
public final class OperatorCodes {

    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
    private static final Map<String, Long> LAST_STEPS = new ConcurrentHashMap<>();

    private OperatorCodes() {
    }

    /** Keeps the secret the operator's app was given (spaces, as the page groups it, do not matter). */
    public static void enrolled(String email, String secret) {
        SECRETS.put(email, secret.replace(" ", ""));
        LAST_STEPS.remove(email);
    }

    /** Keeps the secret of an operator enrolled with the code of the given step. */
    public static void enrolled(String email, String secret, long usedStep) {
        SECRETS.put(email, secret);
        LAST_STEPS.put(email, usedStep);
    }

    public static boolean isEnrolled(String email) {
        return SECRETS.containsKey(email);
    }

    /** A code the server takes now, and the step it belongs to counted as used. */
    public static synchronized String nextCode(String email) {
        String secret = SECRETS.get(email);
        if (secret == null) {
            throw new IllegalStateException("No second factor known for " + email
                    + ": it was enrolled where these tests did not see the secret");
        }
        long step = Math.max(LAST_STEPS.getOrDefault(email, Long.MIN_VALUE) + 1, nowStep());
        await().atMost(Duration.ofSeconds(35)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(() -> nowStep() >= step - 1);
        LAST_STEPS.put(email, step);
        return OneTimeCodes.code(secret, step);
    }

    private static long nowStep() {
        return OneTimeCodes.stepAt(Instant.now());
    }
}
