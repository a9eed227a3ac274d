package org.orderdesk.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A certificate authority of the tests' own, made with openssl in a folder (root.crt, and root.key until retired):
 * it signs the certificates with which the tests' services and the shop know each other (DatabaseCertificates,
 * MailCertificates). Keys are RSA, in PEM, readable by their owner only.
 */
final class TestAuthority {

    static final String CERTIFICATE = "root.crt";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String VALID_DAYS = "3650";

    private final Path folder;

    private TestAuthority(Path folder) {
        this.folder = folder;
    }

    /** A new authority in this folder, whatever it held. */
    static TestAuthority createIn(Path folder, String name) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestAuthority authority = new TestAuthority(folder);
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", VALID_DAYS, "-subj", "/CN=" + name,
                "-keyout", authority.key().toString(), "-out", authority.certificate().toString());
        return authority;
    }

    Path certificate() {
        return folder.resolve(CERTIFICATE);
    }

    private Path key() {
        return folder.resolve("root.key");
    }

    /** A new key and a certificate for it, signed by this authority, with the request's extensions copied. */
    void issue(String subject, List<String> extensions, Path key, Path certificate) {
        Path request = folder.resolve("request.csr");
        List<String> newRequest = new ArrayList<>(List.of("req", "-newkey", "rsa:2048", "-nodes", "-subj", subject,
                "-keyout", key.toString(), "-out", request.toString()));
        newRequest.addAll(extensions);
        openssl(newRequest.toArray(String[]::new));
        openssl("x509", "-req", "-in", request.toString(), "-CA", certificate().toString(), "-CAkey", key().toString(),
                "-set_serial", Long.toString(System.nanoTime()), "-copy_extensions", "copy", "-days", VALID_DAYS,
                "-out", certificate.toString());
        try {
            Files.delete(request);
            Files.setPosixFilePermissions(key, OWNER_ONLY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the authority's key: no one can sign another certificate with it. */
    void retire() {
        try {
            Files.delete(key());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void openssl(String... arguments) {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        new Command(command, Map.of()).run(60);
    }
}
