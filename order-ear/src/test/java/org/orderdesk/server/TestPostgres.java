package org.orderdesk.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A PostgreSQL cluster of our own: Debian's postgresql package, the version production runs, its own folder and
 * port, listening on 127.0.0.1 only, over TLS only, signing in by client certificate only (DatabaseCertificates; the
 * client's files are kept beside the folder asked for, in "NAME-client", wherever the cluster itself lives). The
 * integration tests' PostgreSQL part gets a throwaway one in target/, started before them and stopped after them
 * (Maven phases pre- and post-integration-test; see docs/DECISIONS.md); the run command with -Ddb=postgres keeps
 * one in the data folder between runs.
 * PostgreSQL refuses to run as root, and CI runs as root: then the cluster belongs to the package's postgres user,
 * and lives under /var/tmp/orderdesk-postgres instead of the folder asked for, because that user may not enter the
 * folders above it (a fresh clone in a private temporary folder, a home folder).
 */
public final class TestPostgres {

    public static final String DATABASE = "orderdesk";
    public static final String USER = "orderdesk";
    private static final String SERVICE_USER = "postgres";
    private static final Path ROOTS_CLUSTERS = Path.of("/var/tmp/orderdesk-postgres");

    private final Path data;
    private final int port;
    private final Path binaries;
    private final DatabaseCertificates certificates;

    private TestPostgres(Path data, int port, Path binaries, DatabaseCertificates certificates) {
        this.data = data;
        this.port = port;
        this.binaries = binaries;
        this.certificates = certificates;
    }

    public static void main(String[] args) throws SQLException {
        TestPostgres postgres = ofTheBuild();
        if ("start".equals(args[0])) {
            postgres.startEmpty();
        } else {
            postgres.stop();
        }
    }

    /** The build's throwaway cluster, for the integration tests' PostgreSQL part (it.postgres.data and .port). */
    public static TestPostgres ofTheBuild() {
        return in(Path.of(System.getProperty("it.postgres.data")), Integer.getInteger("it.postgres.port"));
    }

    /** The cluster kept in this folder (as root: in a folder of its own for it, see above), served on this port. */
    public static TestPostgres in(Path data, int port) {
        Path folder = data.toAbsolutePath();
        DatabaseCertificates certificates = new DatabaseCertificates(folder.resolveSibling(folder.getFileName() + "-client"));
        if (isRoot()) {
            folder = ROOTS_CLUSTERS.resolve(port + "-" + Integer.toHexString(folder.toString().hashCode()));
        }
        return new TestPostgres(folder, port, PostgresPrograms.folder(), certificates);
    }

    /** Where the cluster's files are. */
    public Path folder() {
        return data;
    }

    /** For the run command's and the cluster's banners: where it listens, and where its files are. */
    String description() {
        return "PostgreSQL on 127.0.0.1:" + port + ", data in " + data + ", client certificate in "
                + certificates.folder();
    }

    public int port() {
        return port;
    }

    /** The files with which a client reaches this cluster and signs in. */
    public DatabaseCertificates certificates() {
        return certificates;
    }

    /** The JDBC address of one of the cluster's databases, with the TLS settings every connection needs. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + certificates.jdbcQuery(USER);
    }

    /** A connection to one of the cluster's databases, as its user, signed in by the client certificate. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database));
    }

    /** A new cluster with an empty database, whatever the folder held. */
    void startEmpty() throws SQLException {
        stopLeftOver();
        LocalPayara.deleteRecursively(data);
        startKeepingData();
    }

    /** The cluster in the folder with its data, made with an empty database when there is none yet. */
    void startKeepingData() throws SQLException {
        stopLeftOver();
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            createOwnedDirectory(data);
            run(List.of(binaries.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--auth=reject",
                    "-E", "UTF8", "--no-locale"));
        }
        certificates.ensure(USER, data);
        allowOnlyTheClientCertificate();
        run(List.of(binaries.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                data.resolve("postgres.log").toString(), "-w", "-o",
                "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c ssl=on -c ssl_cert_file="
                        + DatabaseCertificates.SERVER_CERTIFICATE + " -c ssl_key_file=" + DatabaseCertificates.SERVER_KEY
                        + " -c ssl_ca_file=" + DatabaseCertificates.AUTHORITY,
                "start"));
        try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
            if (!statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'").next()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
        }
    }

    /**
     * Written at every start, so that a cluster an earlier version made with trust authentication (the run
     * command's, kept in its data folder) takes certificates from then on too.
     */
    private void allowOnlyTheClientCertificate() {
        Path rules = data.resolve("pg_hba.conf");
        try {
            Files.writeString(rules, "# TYPE  DATABASE  USER  ADDRESS  METHOD (TestPostgres: TLS and client certificate only)\n"
                    + "hostssl all all 127.0.0.1/32 cert\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        handOver(rules);
    }

    /** A cluster that a killed build left running would hold the port and the folder. */
    private void stopLeftOver() {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            try {
                stop();
            } catch (IllegalStateException notRunning) {
                // its pid file outlived it: nothing to stop
            }
        }
    }

    void stop() {
        run(List.of(binaries.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"));
    }

    /** As root, through runuser: the one way to start PostgreSQL there. */
    private static void run(List<String> command) {
        List<String> arguments = new ArrayList<>();
        if (isRoot()) {
            arguments.addAll(List.of("runuser", "-u", SERVICE_USER, "--"));
        }
        arguments.addAll(command);
        new Command(arguments, Map.of()).run(120);
    }

    private static void createOwnedDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        handOver(directory);
    }

    /** A file or folder written by this process, given to the cluster's account where that is another (as root). */
    static void handOver(Path path) {
        if (!isRoot()) {
            return;
        }
        try {
            UserPrincipal owner = path.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(SERVICE_USER);
            Files.setOwner(path, owner);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
