package org.orderdesk.server;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Optional;

/**
 * Runs before the integration tests (Maven phase pre-integration-test): a fresh test domain whose ports all sit
 * above it.portbase (HTTPS on 127.0.0.1 at it.https.port), with a JDBC resource of its own, and empty databases
 * (it.data). The first test phase starts it (KeptDeploymentContainer) and the build stops it after the last
 * (TestServer); the tests' GreenMail is started by the build (order-ear's pom), so that it ends with the build.
 */
public final class TestDomain {

    public static final String NAME = "orderdesk-it";
    /**
     * The tests run the EAR against this server-defined JDBC resource, named to it by ORDERDESK_DATASOURCE: the
     * way an administrator moves the application to another database without rebuilding it.
     */
    public static final String SERVER_DATA_SOURCE = "jdbc/orderdesk-it";
    /** The same on the build's PostgreSQL (TestPostgres), for the part of the tests that runs there too. */
    public static final String POSTGRES_DATA_SOURCE = "jdbc/orderdesk-pg";
    /** The same on a database of the last release before migrations, for UpgradeIT (filled by ReleaseDatabase). */
    public static final String UPGRADE_DATA_SOURCE = "jdbc/orderdesk-upgrade";

    private TestDomain() {
    }

    public static void main(String[] args) {
        LocalPayara payara = new LocalPayara(Path.of(System.getProperty("payara.home")), NAME,
                Integer.getInteger("it.admin.port"), System.getProperty("it.admin.password"));
        // The shop stays on every interface: the browser tests' Chromium may try ::1 for "localhost".
        payara.recreate(List.of("--portbase", System.getProperty("it.portbase")),
                Path.of(System.getProperty("domain.lib")), Optional.empty());
        DomainXml config = payara.domainXml();
        ShopListener.openHttpsOnLoopback(config, Integer.getInteger("it.https.port"));
        config.withoutTimerStore(List.of(DomainXml.SERVER_CONFIG));
        // Payara delivers an interval timer no sooner than this after its last delivery (1000 ms by default): the
        // outbox timer's 0.25 s (order-ear's pom) ran every 1.05 s, and each retry of OutboxIT's mails came up to a
        // second after its back-off.
        config.set(DomainXml.SERVER_CONFIG + "/ejb-container/ejb-timer-service", "minimum-delivery-interval-in-millis",
                "100");
        // The test phases after the Derby one move the running server to another database by a system property
        // (KeptDeploymentContainer): MicroProfile Config's cache (60 s by default) would have handed the next
        // deployment the data source name the last one resolved.
        config.setOnChild(DomainXml.SERVER_CONFIG, "microprofile-config", "cache-duration-seconds", "0");
        // Written before the first start, like the listeners: starting the domain only to create them through
        // asadmin, and stopping it again, took 15-20 s of every build. The run command and the cluster still
        // create theirs through asadmin, as the README tells administrators.
        Path serverDatabase = Path.of(System.getProperty("it.server.database"));
        Path upgradeDatabase = Path.of(System.getProperty("it.upgrade.database"));
        config.addJdbcResource(JdbcResource.derby(SERVER_DATA_SOURCE, serverDatabase));
        config.addJdbcResource(JdbcResource.derby(UPGRADE_DATA_SOURCE, upgradeDatabase));
        config.addJdbcResource(JdbcResource.postgres(POSTGRES_DATA_SOURCE, TestPostgres.ofTheBuild()));
        try {
            MailCertificates.install(config, payara.domainDirectory().resolve("config"));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The shop's SMTP client certificate could not be installed", e);
        }
        config.write();
        payara.keepArgumentsOutOfTheLogFromTheStart();
        // Every build's tests start on empty databases (the upgrade database is loaded anew after this): a second
        // run over the first one's data found the seeded books sold out and the seeded operator enrolled already.
        LocalPayara.deleteRecursively(Path.of(System.getProperty("it.data")));
    }
}
