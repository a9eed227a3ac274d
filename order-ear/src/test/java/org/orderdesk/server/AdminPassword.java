package org.orderdesk.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The run command's Payara admin password: generated on the first run, kept (owner-readable only) in the data
 * folder for the next runs, since the domain is re-created every time. {@code generated} tells the banner to
 * print it: that happens once.
 */
record AdminPassword(String value, boolean generated, Path file) {

    private static final int RANDOM_BYTES = 16;

    static AdminPassword keptIn(Path file) {
        try {
            if (Files.exists(file)) {
                return new AdminPassword(Files.readString(file).strip(), false, file);
            }
            byte[] random = new byte[RANDOM_BYTES];
            new SecureRandom().nextBytes(random);
            String value = HexFormat.of().formatHex(random);
            Files.createDirectories(file.getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, value);
            return new AdminPassword(value, true, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the banner says after "user admin": the password itself the first time, later where it is. */
    String shown() {
        return generated ? "password " + value + ", kept in " + file : "password in " + file;
    }
}
