package org.orderdesk.seed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.orderdesk.security.PasswordHasher;
import org.orderdesk.security.SecondFactorKeys;
import org.orderdesk.security.domain.Roles;
import org.orderdesk.shared.StartupLock;

/**
 * What a shop needs on a new database, in one transaction under the seeding lock: instances starting at the same
 * time on one database seed one after the other, and the later ones find everything there (each step adds only
 * what is missing). The pickup points and the first operator are the shop's own set-up; the demo catalog and the
 * demo customer come only while demo data is on, which production switches off. One-time-code secrets stored in
 * clear and password hashes stored without the pepper by a version from before are sealed and peppered here too.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class StartupSeeding {

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Inject
    private DemoDataSeeding data;

    @Inject
    private DemoAccountSeeding accounts;

    @Inject
    private SecondFactorKeys secondFactorKeys;

    @Inject
    private PasswordHasher passwords;

    @Inject
    @ConfigProperty(name = "orderdesk.demo.data")
    private boolean demoData;

    public void seed() {
        if (em.find(StartupLock.class, StartupLock.SEEDING, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new IllegalStateException("The migrations made no seeding lock (table startup_lock)");
        }
        data.seedPickupPoints();
        accounts.seedOperator();
        secondFactorKeys.sealClearSecrets();
        passwords.pepperPlainHashes();
        if (demoData) {
            data.seedCategories();
            data.seedProducts();
            accounts.seedDemoCustomer();
        }
    }
}
