package org.orderdesk.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.orderdesk.security.domain.SecondFactorKey;

/**
 * OrderDesk on a Payara deployment group of N instances on this machine, behind haproxy, on one PostgreSQL, with
 * GreenMail catching the mail: what ./mvnw -Pcluster package runs and ClusterFailoverIT tests. Built as an
 * administrator builds it on several hosts (README, "Running a cluster"): a domain whose DAS serves nothing, a
 * deployment group, one instance per node, a JDBC resource and the EAR targeted at the group. Sessions replicate
 * through Payara's Hazelcast data grid, since the web module is distributable.
 */
public final class LocalCluster {

    static final String GROUP = "orderdesk-group";
    static final String DATA_SOURCE = "jdbc/orderdesk-pg";
    private static final String DOMAIN = "orderdesk-cluster";
    /** The instances' shared configuration, a copy of default-config (which LoopbackOnly closed). */
    private static final String CONFIG = "orderdesk-instances-config";
    /** create-local-instance's node when none is named: "localhost-" and the domain's name. */
    private static final String NODE = "localhost-" + DOMAIN;
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
    /**
     * At low priority beside the Derby phase's tests (ClusterAhead) an instance starts on the CPU they leave: in
     * the browser classes that keep both cores busy, hardly at all.
     */
    private static final Duration READY_TIMEOUT_AT_LOW_PRIORITY = Duration.ofMinutes(15);
    /**
     * The DAS serves no customers (administration, the deployment's upload, its data grid member): the instances'
     * fixed 1 GB heap would only reserve memory. Measured: docs/BENCHMARKS.md, "A cluster on one machine".
     */
    private static final String DAS_HEAP = "384m";

    /** What the instances are told through their environment, as an administrator's service unit would. */
    public record Accounts(String customerPassword, String operatorPassword) {
    }

    /**
     * What a test gives the instances beyond the configuration's own and beyond what start sets: JVM options
     * (cluster.instance.jvm-options, separated by spaces), settings in their environment
     * (cluster.instance.environment, NAME=value separated by commas), and whether every program of the cluster
     * runs at low priority (cluster.low-priority, LowPriority).
     */
    public record Tuning(List<String> jvmOptions, Map<String, String> environment, boolean lowPriority) {

        public Tuning {
            jvmOptions = List.copyOf(jvmOptions);
            environment = Map.copyOf(environment);
        }

        static Tuning fromSystemProperties() {
            List<String> jvmOptions = Arrays.stream(System.getProperty("cluster.instance.jvm-options", "").split(" "))
                    .filter(option -> !option.isBlank()).toList();
            Map<String, String> environment = Arrays.stream(
                            System.getProperty("cluster.instance.environment", "").split(","))
                    .filter(setting -> !setting.isBlank())
                    .map(Tuning::nameAndValue)
                    .collect(Collectors.toMap(nameAndValue -> nameAndValue[0], nameAndValue -> nameAndValue[1]));
            return new Tuning(jvmOptions, environment, Boolean.getBoolean("cluster.low-priority"));
        }

        private static String[] nameAndValue(String setting) {
            String[] nameAndValue = setting.strip().split("=", 2);
            if (nameAndValue.length != 2) {
                throw new IllegalArgumentException("cluster.instance.environment: NAME=value expected, not " + setting);
            }
            return nameAndValue;
        }
    }

    private final Path payaraHome;
    private final Path dataDir;
    private final ClusterPorts ports;
    private final String shopAddress;
    private final Accounts accounts;
    private final LocalPayara payara;
    private final MailCatcher mail;
    private final TestPostgres postgres;
    private final AdminPassword adminPassword;
    /**
     * The key sealing operators' one-time-code secrets and giving the passwords' pepper (SecondFactorKeys), shared
     * by all instances and kept between runs: with another one no password in the kept database would fit.
     */
    private final Path secondFactorKey;
    private final Tuning tuning;
    private Haproxy balancer;
    private List<InstanceStart> firstStarts = List.of();

    LocalCluster(Path payaraHome, Path dataDir, ClusterPorts ports, String shopAddress, Accounts accounts,
                 Path greenmailJar, Tuning tuning) {
        this.payaraHome = payaraHome;
        this.dataDir = dataDir.toAbsolutePath();
        this.ports = ports;
        this.shopAddress = shopAddress;
        this.accounts = accounts;
        this.tuning = tuning;
        this.adminPassword = AdminPassword.keptIn(this.dataDir.resolve("payara-admin-password"));
        this.secondFactorKey = keptKey(this.dataDir.resolve("second-factor.key"));
        this.payara = new LocalPayara(payaraHome, DOMAIN, ports.admin(), adminPassword.value());
        this.mail = new MailCatcher(greenmailJar, ports.smtp(), ports.imap(), ports.mailApi());
        this.postgres = TestPostgres.in(this.dataDir.resolve("postgres"), ports.postgres());
    }

    /**
     * The one-time-code key file, made here before any instance starts, as an administrator configures it: made by
     * instances starting at once, one of them could read it before the other had written it.
     */
    private static Path keptKey(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(Files.createFile(file,
                                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
                        Base64.getEncoder().encodeToString(SecondFactorKey.newKey()));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cluster from a Maven build's properties (the cluster profile sets them). */
    public static LocalCluster fromSystemProperties() {
        return new LocalCluster(Path.of(System.getProperty("payara.home")),
                Path.of(System.getProperty("cluster.data.dir")),
                new ClusterPorts(Integer.getInteger("cluster.portbase"), Integer.getInteger("cluster.instances")),
                System.getProperty("http.address", LoopbackOnly.LOOPBACK),
                new Accounts(System.getProperty("demo.customer.password", "customer-demo-2026"),
                        System.getProperty("demo.operator.password", "operator-demo-2026")),
                Path.of(System.getProperty("greenmail.jar")), Tuning.fromSystemProperties());
    }

    /**
     * Everything, in order: database, mail, the domain and its group, then all instances at once (the migrations
     * and the seeding take their turns in the database: Liquibase's lock, the startup_lock row), then the balancer.
     */
    void start(Path ear, Path domainLib) throws SQLException {
        start(ear, domainLib, false);
    }

    /** @param emptyDatabase whether to start from an empty database rather than the one kept from the last run */
    public void start(Path ear, Path domainLib, boolean emptyDatabase) throws SQLException {
        LowPriority.call(tuning.lowPriority(), () -> {
            startEverything(ear, domainLib, emptyDatabase);
            return null;
        });
    }

    private void startEverything(Path ear, Path domainLib, boolean emptyDatabase) throws SQLException {
        LocalRun.requireFreePorts(ports.needed());
        Path logs = LocalRun.createDirectories(dataDir.resolve("logs"));
        // PostgreSQL and GreenMail start while the domain is created (about 20 s of keytool runs): nothing of
        // the domain needs them before its instances start.
        ExecutorService helpers = Executors.newFixedThreadPool(2);
        try {
            Future<?> database = helpers.submit(() -> {
                say("Starting PostgreSQL (port " + ports.postgres() + ", data in " + postgres.folder() + ")");
                if (emptyDatabase) {
                    postgres.startEmpty();
                } else {
                    postgres.startKeepingData();
                }
                return null;
            });
            Future<?> mailServer = helpers.submit(() -> {
                say("Starting GreenMail (SMTP " + ports.smtp() + ")");
                mail.start(logs.resolve("greenmail.log"));
            });
            say("Creating the Payara domain and the deployment group " + GROUP);
            LocalPayara.deleteRecursively(payaraHome.resolve("glassfish/nodes").resolve(NODE));
            payara.recreate(List.of("--adminport", Integer.toString(ports.admin()),
                            "--instanceport", Integer.toString(ports.dasHttp())), domainLib,
                    Optional.of(LoopbackOnly.LOOPBACK));
            awaitStarted(database, "PostgreSQL");
            awaitStarted(mailServer, "GreenMail");
        } finally {
            helpers.shutdown();
        }
        DomainXml config = payara.domainXml();
        LoopbackOnly.applyToInstances(config, shopAddress, ports.dasDataGrid());
        ShopListener.configure(config, DomainXml.DEFAULT_CONFIG);
        // The data grid's master (the DAS, the oldest member) lets a joining member in only after 5 s of waiting
        // for more joiners (Hazelcast's hazelcast.wait.seconds.before.join): at every instance start, the restart
        // after a kill included. One second still gathers the instances started at once. In both configurations,
        // should an instance ever be the master.
        for (String configPath : List.of(DomainXml.SERVER_CONFIG, DomainXml.DEFAULT_CONFIG)) {
            config.addJvmOption(configPath, "-Dhazelcast.wait.seconds.before.join=1");
        }
        // Instances starting at once take turns at Liquibase's lock (SchemaMigration); the one waiting looked again
        // only every 10 s (Liquibase's default) and so became ready about 10 s after the other, not 1 s.
        config.addJvmOption(DomainXml.DEFAULT_CONFIG, "-Dliquibase.changelogLockPollRate=1");
        // The DAS only starts, deploys and administers (no customer, no password hash): work the optimising
        // compiler never pays back, while its threads take the two cores from the instances starting beside it.
        config.addJvmOption(DomainXml.SERVER_CONFIG, "-XX:TieredStopAtLevel=1");
        tuning.jvmOptions().forEach(option -> config.addJvmOption(DomainXml.DEFAULT_CONFIG, option));
        // Without the timer store (DomainXml.withoutTimerStore): with the default, the instances' EAR failed to
        // start ("EJB Timer Service is not available": the H2 file in each instance's folder has no timers' table),
        // and deploying to the group first started the store's application on the DAS (5 s).
        config.withoutTimerStore(List.of(DomainXml.SERVER_CONFIG, DomainXml.DEFAULT_CONFIG));
        config.write();
        payara.limitDasHeap(DAS_HEAP);
        payara.start(Map.of());
        payara.remote(List.of("create-deployment-group", GROUP), 120);
        payara.remote(List.of("copy-config", "default-config", CONFIG), 120);
        payara.keepArgumentsOutOfTheLog(CONFIG);
        ports.instanceNumbers().forEach(this::createInstance);
        payara.definePostgresDataSource(DATA_SOURCE, postgres, GROUP);
        say("Deploying " + ear + " to " + GROUP);
        payara.deployReplicated(ear, GROUP);
        startAllAtOnce();
        balancer = Haproxy.configured(dataDir.resolve("haproxy.cfg"), shopAddress, ports.balancer(),
                ports.balancerStats(), ports.instanceNumbers().map(ports::instanceHttp).boxed().toList());
        say("Starting haproxy (port " + ports.balancer() + ")");
        balancer.start(logs.resolve("haproxy.log"));
        LocalRun.awaitPage(URI.create(shopUrl()), "product-card", readyTimeout());
    }

    private void createInstance(int instance) {
        say("Creating " + name(instance) + " (ports from " + ports.instanceBase(instance) + ")");
        // Hazelcast's port as the instance's own system property, which the shared configuration's
        // ${HZ_LISTENER_PORT} reads: --dataGridStartPort would write one port into the configuration all share.
        payara.remote(List.of("create-local-instance", "--config", CONFIG,
                "--portbase", Integer.toString(ports.instanceBase(instance)),
                "--systemproperties", "HZ_LISTENER_PORT=" + ports.instanceDataGrid(instance), name(instance)), 180);
        payara.remote(List.of("add-instance-to-deployment-group", "--instance", name(instance),
                "--deploymentgroup", GROUP), 120);
    }

    private static void awaitStarted(Future<?> start, String what) {
        try {
            start.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + what + " started", e);
        } catch (ExecutionException failed) {
            throw new IllegalStateException(what + " did not start", failed.getCause());
        }
    }

    /** Every instance started in a thread of its own; returns once all are ready, or fails if one is not. */
    private void startAllAtOnce() {
        ExecutorService starting = Executors.newFixedThreadPool(ports.instances());
        try {
            List<Future<InstanceStart>> started = ports.instanceNumbers()
                    .mapToObj(instance -> starting.submit(() -> firstStart(instance))).toList();
            List<InstanceStart> all = new ArrayList<>();
            for (Future<InstanceStart> start : started) {
                all.add(start.get());
            }
            firstStarts = List.copyOf(all);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the instances started", e);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("An instance did not become ready", failed.getCause());
        } finally {
            starting.shutdown();
        }
    }

    /**
     * The first start, tried a second time if it fails: once in a CI run an instance did not come up while the
     * other, started at the same moment, did. The failure and the end of the instance's log are printed, so that a
     * second failure (which fails the run) is not the first one seen.
     */
    private InstanceStart firstStart(int instance) {
        try {
            return startInstance(instance);
        } catch (IllegalStateException failed) {
            say(name(instance) + " did not start: " + failed.getMessage() + "\n" + logTail(instance));
            instanceProcess(instance).ifPresent(process -> {
                process.destroyForcibly();
                awaitExit(process);
            });
            return startInstance(instance);
        }
    }

    private String logTail(int instance) {
        try (Stream<String> lines = Files.lines(serverLog(instance))) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 60), all.size()));
        } catch (IOException | UncheckedIOException unreadable) {
            return "(no log: " + unreadable + ")";
        }
    }

    /** Starts the instance (again, after a kill) and waits until it is ready to serve. */
    public InstanceStart startInstance(int instance) {
        say("Starting " + name(instance));
        Instant began = Instant.now();
        LowPriority.call(tuning.lowPriority(), () -> payara.asadmin(List.of("--port", Integer.toString(ports.admin()),
                "start-local-instance", "--node", NODE, name(instance)), environment(instance), 600));
        LocalRun.awaitPage(URI.create("http://127.0.0.1:" + ports.instanceHttp(instance) + "/health/ready"), "UP",
                readyTimeout());
        InstanceStart start = new InstanceStart(instance, began, Instant.now());
        say(name(instance) + " ready after " + Duration.between(began, start.ready()).toSeconds() + " s");
        return start;
    }

    /** When an instance's start began and when it answered ready. */
    public record InstanceStart(int instance, Instant began, Instant ready) {
    }

    /** The instances' first start, all at once (start): what the failover test checks of it. */
    public List<InstanceStart> firstStarts() {
        return firstStarts;
    }

    private Duration readyTimeout() {
        return tuning.lowPriority() ? READY_TIMEOUT_AT_LOW_PRIORITY : READY_TIMEOUT;
    }

    /**
     * What LocalRun gives its server, with the balancer's address as the shop's public one, and the test's own
     * settings (Tuning).
     */
    private Map<String, String> environment(int instance) {
        Map<String, String> environment = new HashMap<>(tuning.environment());
        environment.put("ORDERDESK_DATASOURCE", DATA_SOURCE);
        // The application's built-in Derby data source is still created; each instance keeps its own, unused.
        environment.put("ORDERDESK_DERBY_DATABASE", dataDir.resolve("derby").resolve(name(instance)).toString());
        environment.put("ORDERDESK_BACKUP_DIRECTORY", dataDir.resolve("backups").toString());
        environment.put("ORDERDESK_SMTP_HOST", "127.0.0.1");
        environment.put("ORDERDESK_SMTP_PORT", Integer.toString(ports.smtp()));
        environment.put("ORDERDESK_PUBLIC_URL", "http://localhost:" + ports.balancer());
        // haproxy connects from the loopback address.
        environment.put("ORDERDESK_TRUSTED_PROXIES", "127.0.0.1");
        environment.put("ORDERDESK_DEMO_CUSTOMER_PASSWORD", accounts.customerPassword());
        environment.put("ORDERDESK_OPERATOR_PASSWORD", accounts.operatorPassword());
        // One key for every instance, kept with the database: left to default, each instance made its own in its
        // folder, and an operator who enrolled on one could not log in on another (or after the next run).
        environment.put("ORDERDESK_SECOND_FACTOR_KEY_FILE", secondFactorKey.toString());
        return environment;
    }

    /** Starts again whichever instances are not running (a test killed one), so that all of them serve. */
    public void startStoppedInstances() {
        ports.instanceNumbers().filter(instance -> instanceProcess(instance).isEmpty()).forEach(this::startInstance);
    }

    /** Ends the instance's JVM at once (SIGKILL): no shutdown, no session handed over, as when a host dies. */
    public void kill(int instance) {
        ProcessHandle process = instanceProcess(instance)
                .orElseThrow(() -> new IllegalStateException(name(instance) + " is not running"));
        process.destroyForcibly();
        awaitExit(process);
    }

    Optional<ProcessHandle> instanceProcess(int instance) {
        Path pidFile = payaraHome.resolve("glassfish/nodes").resolve(NODE).resolve(name(instance))
                .resolve("config/pid");
        try {
            return Files.exists(pidFile) ? ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The instance's resident memory in MiB, from /proc. */
    long residentMebibytes(ProcessHandle process) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                    .findFirst().orElse(0);
        } catch (IOException gone) {
            return 0;
        }
    }

    /**
     * Everything this started, each by its process: the balancer, the instances (SIGTERM: Payara shuts down
     * cleanly), the DAS (asadmin), GreenMail, PostgreSQL. What is already gone is skipped. The instances and the
     * DAS shut down at the same time, each on its own (one after the other took the sum of their times, 12.6 s
     * of a test run); PostgreSQL only once the instances are gone, so that none loses its database while it
     * still shuts down.
     */
    public void stop() {
        LowPriority.call(tuning.lowPriority(), () -> {
            stopEverything();
            return null;
        });
    }

    private void stopEverything() {
        if (balancer != null) {
            balancer.stop();
        }
        List<ProcessHandle> stopping = new ArrayList<>();
        ports.instanceNumbers().forEach(instance -> instanceProcess(instance).ifPresent(process -> {
            say("Stopping " + name(instance) + " (pid " + process.pid() + ")");
            process.destroy();
            stopping.add(process);
        }));
        LocalRun.stopPayara(payara);
        stopping.forEach(LocalCluster::awaitExit);
        LocalRun.stopHelpers(mail, Optional.of(postgres));
    }

    private static void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Process " + process.pid() + " did not end", e);
        }
    }

    static String name(int instance) {
        return "instance-" + instance;
    }

    public String shopUrl() {
        return "http://localhost:" + ports.balancer() + "/";
    }

    /** On "localhost" like the shop's address, so that a client's cookies for the one go to the other too. */
    public String instanceUrl(int instance) {
        return "http://localhost:" + ports.instanceHttp(instance) + "/";
    }

    public Accounts accounts() {
        return accounts;
    }

    public ClusterPorts ports() {
        return ports;
    }

    /** The cluster's database, which the instances share. */
    public TestPostgres database() {
        return postgres;
    }

    MailCatcher mail() {
        return mail;
    }

    AdminPassword adminPassword() {
        return adminPassword;
    }

    public Path serverLog(int instance) {
        return payaraHome.resolve("glassfish/nodes").resolve(NODE).resolve(name(instance)).resolve("logs/server.log");
    }

    Path dasLog() {
        return payara.serverLog();
    }

    private static void say(String line) {
        LocalRun.say(line);
    }
}
