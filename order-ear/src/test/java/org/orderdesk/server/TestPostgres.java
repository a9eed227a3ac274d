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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The throwaway PostgreSQL cluster of the integration tests' PostgreSQL part, started before them and stopped after
 * them (Maven phases pre- and post-integration-test; see docs/DECISIONS.md): Debian's postgresql package, the
 * version production runs, initdb into target/, its own port, trust authentication, listening on 127.0.0.1 only.
 * PostgreSQL refuses to run as root, and CI runs as root: then the cluster belongs to the package's postgres user.
 */
public final class TestPostgres {

    public static final String DATABASE = "orderdesk";
    public static final String USER = "orderdesk";
    private static final Path DEBIAN_INSTALLATIONS = Path.of("/usr/lib/postgresql");
    private static final String SERVICE_USER = "postgres";

    private final Path data;
    private final int port;
    private final Path binaries;

    private TestPostgres(Path data, int port, Path binaries) {
        this.data = data;
        this.port = port;
        this.binaries = binaries;
    }

    public static void main(String[] args) throws SQLException {
        TestPostgres postgres = new TestPostgres(Path.of(System.getProperty("it.postgres.data")).toAbsolutePath(),
                Integer.getInteger("it.postgres.port"), binaries());
        if ("start".equals(args[0])) {
            postgres.start();
        } else {
            postgres.stop();
        }
    }

    public static String url(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    private void start() throws SQLException {
        stopLeftOver();
        LocalPayara.deleteRecursively(data);
        createOwnedDirectory(data);
        run(List.of(binaries.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--auth=trust",
                "-E", "UTF8", "--no-locale"));
        run(List.of(binaries.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                data.resolve("postgres.log").toString(), "-w", "-o",
                "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1", "start"));
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                USER, ""); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + DATABASE);
        }
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

    private void stop() {
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
            if (isRoot()) {
                UserPrincipal owner = directory.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName(SERVICE_USER);
                Files.setOwner(directory, owner);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** it.postgres.bin, else the newest of Debian's /usr/lib/postgresql/VERSION/bin. */
    private static Path binaries() {
        String configured = System.getProperty("it.postgres.bin", "");
        if (!configured.isBlank()) {
            return Path.of(configured);
        }
        try (Stream<Path> versions = Files.list(DEBIAN_INSTALLATIONS)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparingInt(bin -> Integer.parseInt(bin.getParent().getFileName().toString())))
                    .orElseThrow(TestPostgres::notInstalled);
        } catch (IOException e) {
            throw notInstalled();
        }
    }

    private static IllegalStateException notInstalled() {
        return new IllegalStateException("The integration tests on PostgreSQL need PostgreSQL's server programs:"
                + " apt-get install postgresql, or -Dit.postgres.bin=<folder of initdb and pg_ctl>");
    }
}
