package org.orderdesk.platform;

import java.sql.Connection;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings a database to the schema this code expects, with the changesets in db/changelog (domain jar). Liquibase
 * records what ran in DATABASECHANGELOG and lets one instance at a time migrate (DATABASECHANGELOGLOCK), so several
 * instances starting at once on the same database migrate it once. A database that already ran changesets this
 * code does not know was migrated by newer code: it is refused, since this code would misread its tables.
 */
public final class SchemaMigration {

    public static final String CHANGELOG = "db/changelog/db.changelog.xml";

    /** Liquibase would otherwise call home on every start; servers often cannot, and should not. */
    private static final Map<String, Object> NO_ANALYTICS = Map.of("liquibase.analytics.enabled", false);

    private SchemaMigration() {
    }

    /** Migrates the database behind the connection; the caller closes it. */
    public static void migrate(Connection connection) throws Exception {
        Scope.child(NO_ANALYTICS, () -> {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(CHANGELOG,
                    new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader()), database);
            refuseNewerSchema(liquibase, database);
            liquibase.update(new Contexts(), new LabelExpression());
        });
    }

    /** Under the lock, so that a newer instance migrating at the same moment is seen whole or not at all. */
    private static void refuseNewerSchema(Liquibase liquibase, Database database) throws LiquibaseException {
        LockService lock = LockServiceFactory.getInstance().getLockService(database);
        lock.waitForLock();
        Collection<RanChangeSet> unknown;
        try {
            unknown = liquibase.listUnexpectedChangeSets(new Contexts(), new LabelExpression());
        } finally {
            lock.releaseLock();
        }
        if (!unknown.isEmpty()) {
            throw new SchemaTooNewException(unknown.stream()
                    .map(RanChangeSet::getId).collect(Collectors.joining(", ")));
        }
    }
}
