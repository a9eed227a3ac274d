package org.orderdesk.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A Payara Server domain under target/, driven through asadmin exactly as an administrator would drive it.
 * Shared by the local run and the integration tests so that both use the same server set-up.
 */
final class LocalPayara {

    static final String HEAP = "1g";
    static final String ADMIN_USER = "admin";
    private static final String DEFAULT_HEAP = "<jvm-options>-Xmx512m</jvm-options>";
    private static final String CLIENT_JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";
    private static final String EJB_CONTAINER_LOGGER = "jakarta.enterprise.ejb.container";
    private final Path home;
    private final String domain;
    private final int adminPort;
    private final Path adminPasswordFile;

    /** @param adminPassword the password of the domain's user "admin" */
    LocalPayara(Path home, String domain, int adminPort, String adminPassword) {
        this.home = home;
        this.domain = domain;
        this.adminPort = adminPort;
        this.adminPasswordFile = asadminPasswordFile(adminPassword);
    }

    Path domainDirectory() {
        return domainDirectory(home, domain);
    }

    static Path domainDirectory(Path home, String domain) {
        return home.resolve("glassfish/domains").resolve(domain);
    }

    /** There while the domain runs: Payara writes it at the start and removes it when the domain stops. */
    static Path pidFile(Path home, String domain) {
        return domainDirectory(home, domain).resolve("config/pid");
    }

    boolean isRunning() {
        return Files.exists(pidFile(home, domain));
    }

    Path serverLog() {
        return domainDirectory().resolve("logs/server.log");
    }

    /**
     * A fresh domain with Derby in its lib/ folder, whose admin needs the password, which listens only where
     * LoopbackOnly allows, and whose shop listener ShopListener configures.
     *
     * @param shopAddress the shop's listener address, or empty for every interface
     */
    void recreate(List<String> portOptions, Path derbyJars, Optional<String> shopAddress) {
        deleteRecursively(domainDirectory());
        List<String> create = new ArrayList<>(List.of("create-domain", "--checkports=false"));
        create.addAll(portOptions);
        create.add(domain);
        asadmin(create, Map.of(), 180);
        setJvmOptions();
        DomainXml config = domainXml();
        LoopbackOnly.apply(config, shopAddress);
        ShopListener.configure(config, DomainXml.SERVER_CONFIG);
        config.write();
        copyJars(derbyJars, domainDirectory().resolve("lib"));
    }

    /** The domain's configuration, to be changed before its first start (DomainXml says why). */
    DomainXml domainXml() {
        return DomainXml.read(domainDirectory().resolve("config/domain.xml"));
    }

    /**
     * A fixed heap of HEAP instead of Payara's default -Xmx512m: under load the default heap ran about three young
     * collections a second, and a heap that grows and shrinks costs more than one that stays. A temporary folder
     * of the domain's own: a deployment is uploaded there under the archive's name, and two domains on one machine
     * (two worktrees' tests) deploying orderdesk.ear at once through the shared /tmp lost each other's upload
     * ("File source doesn't exist").
     */
    private void setJvmOptions() {
        Path config = domainDirectory().resolve("config/domain.xml");
        try {
            String xml = Files.readString(config);
            if (!xml.contains(DEFAULT_HEAP)) {
                throw new IllegalStateException("No " + DEFAULT_HEAP + " in " + config + " to replace");
            }
            Path temporary = Files.createDirectories(domainDirectory().resolve("tmp"));
            Files.writeString(config, xml.replace(DEFAULT_HEAP,
                    fixedHeap() + "<jvm-options>-Djava.io.tmpdir=" + temporary + "</jvm-options>"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The DAS's own heap (server-config, the first configuration in domain.xml) limited to the given maximum and
     * left to grow to it, for a domain whose DAS serves nothing but administration; other configurations (the
     * instances' copies of default-config) keep the fixed HEAP. Before the domain starts.
     */
    void limitDasHeap(String maximum) {
        Path config = domainDirectory().resolve("config/domain.xml");
        String fixed = fixedHeap();
        try {
            String xml = Files.readString(config);
            int das = xml.indexOf(fixed, xml.indexOf("<config name=\"server-config\""));
            if (das < 0 || das > xml.indexOf("</config>", xml.indexOf("<config name=\"server-config\""))) {
                throw new IllegalStateException("No " + fixed + " in server-config of " + config);
            }
            Files.writeString(config, xml.substring(0, das) + "<jvm-options>-Xmx" + maximum + "</jvm-options>"
                    + xml.substring(das + fixed.length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fixedHeap() {
        return "<jvm-options>-Xms" + HEAP + "</jvm-options><jvm-options>-Xmx" + HEAP + "</jvm-options>";
    }

    void start(Map<String, String> environment) {
        asadmin(List.of("start-domain", domain), environment, 300);
    }

    void deploy(Path ear) {
        remote(List.of("deploy", "--force=true", "--name", "orderdesk", ear.toString()), 600);
    }

    /**
     * To a deployment group, with availability on: only then does Payara keep a distributable module's sessions in
     * the data grid rather than in the one instance's memory (asadmin's default is off).
     */
    void deployReplicated(Path ear, String group) {
        remote(List.of("deploy", "--force=true", "--name", "orderdesk", "--target", group,
                "--availabilityenabled=true", ear.toString()), 600);
    }

    /**
     * When an EJB's parameter validation fails, Payara's EJB container logs a WARNING with every argument's value:
     * a crafted request put passwords and card numbers in server.log that way. Only its SEVERE messages are
     * kept; the exception itself still reaches the caller, and the web layer logs which field was refused.
     */
    void keepArgumentsOutOfTheLog() {
        keepArgumentsOutOfTheLog("server");
    }

    void keepArgumentsOutOfTheLog(String target) {
        remote(List.of("set-log-levels", "--target", target, EJB_CONTAINER_LOGGER + "=SEVERE"), 120);
    }

    /** The same for a domain not started yet: in its logging.properties, which the server reads at its start. */
    void keepArgumentsOutOfTheLogFromTheStart() {
        Path properties = domainDirectory().resolve("config/logging.properties");
        try {
            Files.writeString(properties, System.lineSeparator() + EJB_CONTAINER_LOGGER + ".level=SEVERE"
                    + System.lineSeparator(), StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JDBC resource on PostgreSQL for the DAS, created as the README tells administrators to create one. */
    void definePostgresDataSource(String jndiName, TestPostgres database) {
        definePostgresDataSource(jndiName, database, "server");
    }

    /** @param target where the resource is used: the DAS ("server") or a deployment group */
    void definePostgresDataSource(String jndiName, TestPostgres database, String target) {
        JdbcResource resource = JdbcResource.postgres(jndiName, database);
        remote(List.of("create-jdbc-connection-pool", "--datasourceclassname", resource.dataSourceClass(),
                "--restype", "javax.sql.DataSource", "--property", resource.asadminProperties(), resource.poolName()),
                120);
        remote(List.of("create-jdbc-resource", "--connectionpoolid", resource.poolName(), "--target", target,
                jndiName), 120);
    }

    void stop() {
        asadmin(List.of("stop-domain", domain), Map.of(), 120);
    }

    /** A command for the running DAS. */
    String remote(List<String> arguments, long timeoutSeconds) {
        List<String> command = new ArrayList<>(List.of("--port", Integer.toString(adminPort)));
        command.addAll(arguments);
        return asadmin(command, Map.of(), timeoutSeconds);
    }

    /**
     * Every call names the admin: create-domain takes its password from the file, the others log in with it. The
     * asadmin client's own JVM (bin/asadmin reads AS_EXTRA_JAVA_OPTS; the servers it starts take theirs from
     * domain.xml) lives about a second per command: without the optimising compiler and its threads, and with the
     * serial collector, a command took 0.6-0.7 s instead of 0.9-1.3 s on two busy cores.
     */
    String asadmin(List<String> arguments, Map<String, String> environment, long timeoutSeconds) {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/asadmin").toString(),
                "--user", ADMIN_USER, "--passwordfile", adminPasswordFile.toString()));
        command.addAll(arguments);
        Map<String, String> withClientOptions = new HashMap<>(environment);
        withClientOptions.putIfAbsent("AS_EXTRA_JAVA_OPTS", CLIENT_JVM_OPTIONS);
        return new Command(command, withClientOptions).run(timeoutSeconds);
    }

    /** asadmin's password file, readable by its owner only and gone when this JVM ends. */
    private static Path asadminPasswordFile(String adminPassword) {
        try {
            Path file = Files.createTempFile("orderdesk-asadmin", ".txt",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            file.toFile().deleteOnExit();
            return Files.writeString(file, "AS_ADMIN_PASSWORD=" + adminPassword + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyJars(Path from, Path to) {
        try (Stream<Path> jars = Files.list(from)) {
            Files.createDirectories(to);
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.copy(jar, to.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
