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
import org.orderdesk.security.Roles;

/**
 * Seeds at start-up. Every step runs in a transaction of its own (the seeding beans are stateless), so a failure
 * in one does not undo the others and the next start completes what is missing.
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
    private DemoDataSeeding data;

    @Inject
    private DemoAccountSeeding accountSeeding;

    @PostConstruct
    void seed() {
        data.seedCategories();
        data.seedProducts();
        data.seedPickupPoints();
        accountSeeding.seedOperator();
        accountSeeding.seedDemoCustomer();
    }
}
