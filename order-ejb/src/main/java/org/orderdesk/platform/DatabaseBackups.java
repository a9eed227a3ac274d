package org.orderdesk.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.orderdesk.security.domain.Roles;

/**
 * Nightly online backups of the embedded Derby database, while the shop keeps taking orders: Derby copies a
 * consistent database into a folder of its own, which is restored by putting it in place of data/derby/orderdesk
 * (README, "Backups"). Only while orderdesk.backup.directory is set; the newest orderdesk.backup.keep are kept.
 * A PostgreSQL shop is backed up with pg_dump instead, which is PostgreSQL's own online backup.
 */
@Singleton
@DependsOn("SchemaMigrations")
@RolesAllowed(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseBackups {

    private static final Logger LOG = Logger.getLogger(DatabaseBackups.class.getName());
    private static final DateTimeFormatter FOLDER_NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'");
    private static final String DERBY = "Apache Derby";

    @Inject
    @ConfigProperty(name = "orderdesk.backup.directory")
    private Optional<String> directory;

    @Inject
    @ConfigProperty(name = "orderdesk.backup.keep")
    private int keep;

    @Inject
    private Clock clock;

    @Schedule(hour = "3", minute = "30", persistent = false)
    public void nightly() {
        if (directory.isEmpty()) {
            return;
        }
        try {
            LOG.info("Database backed up to " + backUpTo(Path.of(directory.get())));
        } catch (SQLException | NamingException | UncheckedIOException | IllegalStateException failed) {
            LOG.severe("The nightly backup failed: " + failed);
        }
    }

    /**
     * Backs the Derby database up into a new folder under the given one, named after the time, and removes all
     * but the newest backups there. Returns the backed-up database's folder.
     */
    public Path backUpTo(Path backups) throws SQLException, NamingException {
        Path target = backups.resolve(FOLDER_NAME.format(clock.instant().atZone(ZoneOffset.UTC)));
        try (Connection connection = ApplicationDataSource.lookup().getConnection()) {
            if (!DERBY.equals(connection.getMetaData().getDatabaseProductName())) {
                throw new IllegalStateException("Online backups here are Derby's; back PostgreSQL up with pg_dump");
            }
            try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, target.toAbsolutePath().toString());
                backup.execute();
            }
        }
        removeAllButNewest(backups);
        try (Stream<Path> copied = Files.list(target)) {
            return copied.filter(Files::isDirectory).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void removeAllButNewest(Path backups) {
        try (Stream<Path> folders = Files.list(backups)) {
            List<Path> older = folders.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).skip(keep).toList();
            for (Path folder : older) {
                deleteRecursively(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> contents = Files.walk(folder)) {
            for (Path path : contents.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
