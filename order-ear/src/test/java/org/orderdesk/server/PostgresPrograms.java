package org.orderdesk.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where PostgreSQL's programs are: it.postgres.bin, else the newest of Debian's /usr/lib/postgresql/VERSION/bin. */
public final class PostgresPrograms {

    private static final Path DEBIAN_INSTALLATIONS = Path.of("/usr/lib/postgresql");

    private PostgresPrograms() {
    }

    public static Path folder() {
        String configured = System.getProperty("it.postgres.bin", "");
        if (!configured.isBlank()) {
            return Path.of(configured);
        }
        try (Stream<Path> versions = Files.list(DEBIAN_INSTALLATIONS)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparingInt(bin -> Integer.parseInt(bin.getParent().getFileName().toString())))
                    .orElseThrow(PostgresPrograms::notInstalled);
        } catch (IOException e) {
            throw notInstalled();
        }
    }

    private static IllegalStateException notInstalled() {
        return new IllegalStateException("The integration tests on PostgreSQL need PostgreSQL's server programs:"
                + " apt-get install postgresql, or -Dit.postgres.bin=<folder of initdb and pg_ctl>");
    }
}
