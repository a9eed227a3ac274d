package org.orderdesk.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.orderdesk.web.security.Replication.replicated;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A distributable web module's session travels to another instance as serialized bytes: what the login keeps in
 * it must arrive whole, groups included, since the other instance's container knows nothing of the login
 * (payara/Payara#6342) and SessionAuthenticationMechanism rebuilds the caller from these values alone.
 */
class ReplicatedLoginTest {

    private static final Instant LOGIN = Instant.parse("2026-11-30T06:00:00Z");

    @Test
    void aSignedInCallerArrivesOnAnotherInstanceWithItsGroupsSessionKeyAndLoginTime() {
        // the login time too: the absolute session lifetime counts from the login, not from the failover
        SignedInCaller caller = new SignedInCaller("anna@example.org", Set.of("customer"), "key-7", LOGIN);

        assertEquals(caller, replicated(caller));
    }

    @Test
    void anOperatorHalfwayThroughTheSecondFactorArrivesStillHalfwayIn() {
        SecondFactorPending pending = new SecondFactorPending("operator@example.org", Set.of("operator"), 3,
                "JBSWY3DPEHPK3PXP");

        SecondFactorPending arrived = replicated(pending);

        assertEquals(pending, arrived);
        assertEquals(new SignedInCaller("operator@example.org", Set.of("operator"), "key-3", LOGIN),
                arrived.signedIn("key-3", LOGIN));
    }
}
