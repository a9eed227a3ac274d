package org.orderdesk.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The TLS files of a TestPostgres cluster, made with openssl at its first start: a certificate authority of its
 * own, the server's key and certificate for 127.0.0.1, and a client certificate for the database user. The cluster
 * takes nothing but that certificate over TLS (pg_hba method "cert"), so neither the shop's connection pool nor a
 * test signs in with a password: no unchanging secret stands between the shop and its database (ASVS 2.10.1), and
 * the README's pool for PostgreSQL is created this way. The authority's key is deleted once both certificates are
 * signed, so no one can sign another.
 */
public final class DatabaseCertificates {

    /** The files the cluster reads, in its own folder (it refuses a key that others may read). */
    static final String SERVER_CERTIFICATE = "server.crt";
    static final String SERVER_KEY = "server.key";
    static final String AUTHORITY = TestAuthority.CERTIFICATE;

    private final Path client;

    DatabaseCertificates(Path client) {
        this.client = client;
    }

    /** The files a JDBC address names (sslcert=…), as a connection pool's address shows them. */
    public static DatabaseCertificates namedIn(URI address) {
        for (String parameter : address.getRawQuery().split("&")) {
            if (parameter.startsWith("sslcert=")) {
                String certificate = URLDecoder.decode(parameter.substring("sslcert=".length()), StandardCharsets.UTF_8);
                return new DatabaseCertificates(Path.of(certificate).getParent());
            }
        }
        throw new IllegalArgumentException("No client certificate in " + address);
    }

    /** Where the client's files are. */
    Path folder() {
        return client;
    }

    /** The authority's certificate, with which a client checks that it reached this cluster. */
    public Path authority() {
        return client.resolve(AUTHORITY);
    }

    public Path certificate() {
        return client.resolve("client.crt");
    }

    /** The client's key in PEM, as libpq (pg_dump, psql) reads it. */
    public Path key() {
        return client.resolve("client.key");
    }

    /** The same key in PKCS #8 DER, as the JDBC driver reads it. */
    public Path jdbcKey() {
        return client.resolve("client.pk8");
    }

    /**
     * The JDBC driver's settings for a connection that checks the server's certificate and name and signs in with
     * the client's: the URL parameters, and the properties of a server's connection pool, in a fixed order.
     */
    public Map<String, String> jdbcSettings() {
        return new TreeMap<>(Map.of("sslmode", "verify-full", "sslrootcert", authority().toString(), "sslcert",
                certificate().toString(), "sslkey", jdbcKey().toString()));
    }

    /** The query of a JDBC address that signs this user in with those settings: "?user=…&sslcert=…". */
    public String jdbcQuery(String user) {
        return "?user=" + user + jdbcSettings().entrySet().stream()
                .map(setting -> "&" + setting.getKey() + "=" + setting.getValue()).collect(Collectors.joining());
    }

    /** The same for libpq's programs, which take them from the environment. */
    public Map<String, String> libpqEnvironment() {
        return Map.of("PGSSLMODE", "verify-full", "PGSSLROOTCERT", authority().toString(), "PGSSLCERT",
                certificate().toString(), "PGSSLKEY", key().toString());
    }

    /**
     * Makes the files unless they are there: the client's here, the server's in the cluster's folder, which then
     * belong to that account (the cluster's, when the tests run as root).
     */
    void ensure(String user, Path serverFolder) {
        if (Files.exists(jdbcKey()) && Files.exists(serverFolder.resolve(SERVER_KEY))) {
            return;
        }
        TestAuthority authority = TestAuthority.createIn(client, "OrderDesk test database authority");
        Path serverCertificate = client.resolve(SERVER_CERTIFICATE);
        Path serverKey = client.resolve(SERVER_KEY);
        authority.issue("/CN=127.0.0.1", List.of("-addext", "subjectAltName=IP:127.0.0.1"), serverKey,
                serverCertificate);
        authority.issue("/CN=" + user, List.of(), key(), certificate());
        authority.retire();
        TestAuthority.openssl("pkcs8", "-topk8", "-nocrypt", "-outform", "DER", "-in", key().toString(), "-out",
                jdbcKey().toString());
        try {
            Files.setPosixFilePermissions(jdbcKey(), TestAuthority.OWNER_ONLY);
            Files.copy(authority(), serverFolder.resolve(AUTHORITY), StandardCopyOption.REPLACE_EXISTING);
            Files.move(serverCertificate, serverFolder.resolve(SERVER_CERTIFICATE), StandardCopyOption.REPLACE_EXISTING);
            Files.move(serverKey, serverFolder.resolve(SERVER_KEY), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String file : List.of(AUTHORITY, SERVER_CERTIFICATE, SERVER_KEY)) {
            TestPostgres.handOver(serverFolder.resolve(file));
        }
    }
}
