package org.orderdesk.seed;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.orderdesk.security.domain.Roles;

/**
 * Seeds at start-up, after the migrations. A failed seeding fails the deployment and leaves nothing half done
 * (StartupSeeding is one transaction); the next start completes what is missing.
 */
@Singleton
// Start-up has no caller: the seeding beans it calls see the system.
@RunAs(Roles.SYSTEM)
@RolesAllowed(Roles.SYSTEM)
@Startup
@DependsOn("SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataSeeder {

    @Inject
    private StartupSeeding seeding;

    @PostConstruct
    void seed() {
        seeding.seed();
    }
}
