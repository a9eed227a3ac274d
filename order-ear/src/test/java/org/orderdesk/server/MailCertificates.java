package org.orderdesk.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The test domain signs in to an SMTP relay with a client certificate, as README's "A mail relay without a password"
 * tells administrators: TestDomain puts the shop's key and certificate into the domain's key store and the relay's
 * authority into its trust store before the first start, and Payara hands its key store to the JVM's default TLS
 * context, which Angus Mail uses. The relay (SmtpClientCertificateIT's TlsRelay) takes only clients with a
 * certificate of that authority. Files in it.smtp.tls (order-ear/target/it-smtp-tls).
 */
public final class MailCertificates {

    /** The alias of the shop's key in the domain's key store. */
    private static final String CLIENT_ALIAS = "orderdesk-smtp-client";
    private static final String AUTHORITY_ALIAS = "orderdesk-test-mail-authority";
    /** Payara's master password, which also opens the domain's key and trust stores, unless one was chosen. */
    private static final char[] MASTER_PASSWORD = "changeit".toCharArray();
    private static final char[] RELAY_PASSWORD = "relay".toCharArray();

    private final Path folder;

    private MailCertificates(Path folder) {
        this.folder = folder;
    }

    /** The build's files (it.smtp.tls). */
    public static MailCertificates ofTheBuild() {
        return new MailCertificates(Path.of(TestSettings.value("it.smtp.tls")));
    }

    /**
     * A new authority, the relay's key and the shop's, the shop's installed in the (stopped) domain and named as the
     * key Payara's TLS presents when a server asks for a client certificate: without that option it offered its own
     * s1as, which the relay refused.
     *
     * @param config the domain's domain.xml, written by the caller
     * @param domainConfig the domain's config folder, with its key and trust stores
     */
    static void install(DomainXml config, Path domainConfig) throws IOException, GeneralSecurityException {
        config.addJvmOption(DomainXml.SERVER_CONFIG, "-Dcom.sun.enterprise.security.httpsOutboundKeyAlias=" + CLIENT_ALIAS);
        MailCertificates files = new MailCertificates(Path.of(System.getProperty("it.smtp.tls")));
        TestAuthority authority = TestAuthority.createIn(files.folder, "OrderDesk test mail authority");
        files.issue(authority, "/CN=127.0.0.1", List.of("-addext", "subjectAltName=IP:127.0.0.1"), "relay",
                RELAY_PASSWORD);
        files.issue(authority, "/CN=OrderDesk shop", List.of(), "shop", MASTER_PASSWORD);
        authority.retire();

        KeyStore shop = files.keyStore("shop.p12", MASTER_PASSWORD);
        KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(MASTER_PASSWORD);
        Path domainKeys = domainConfig.resolve("keystore.p12");
        KeyStore keys = load(domainKeys, MASTER_PASSWORD);
        keys.setEntry(CLIENT_ALIAS, shop.getEntry(shop.aliases().nextElement(), protection), protection);
        store(keys, domainKeys);
        Path domainTrust = domainConfig.resolve("cacerts.p12");
        KeyStore trusted = load(domainTrust, MASTER_PASSWORD);
        trusted.setCertificateEntry(AUTHORITY_ALIAS, files.authority());
        store(trusted, domainTrust);
    }

    /** The relay's side: its own key, and only clients with a certificate of the authority. */
    public SSLContext relay() throws IOException, GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore("relay.p12", RELAY_PASSWORD), RELAY_PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trustingTheAuthority().getTrustManagers(), null);
        return context;
    }

    /** A client that trusts the relay but has no certificate of its own. */
    public SSLContext clientWithoutCertificate() throws IOException, GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trustingTheAuthority().getTrustManagers(), null);
        return context;
    }

    private TrustManagerFactory trustingTheAuthority() throws IOException, GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry(AUTHORITY_ALIAS, authority());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        return trust;
    }

    private void issue(TestAuthority authority, String subject, List<String> extensions, String name, char[] password) {
        Path key = folder.resolve(name + ".key");
        Path certificate = folder.resolve(name + ".crt");
        authority.issue(subject, extensions, key, certificate);
        TestAuthority.openssl("pkcs12", "-export", "-in", certificate.toString(), "-inkey", key.toString(),
                "-certfile", authority.certificate().toString(), "-name", name, "-passout",
                "pass:" + new String(password), "-out", folder.resolve(name + ".p12").toString());
    }

    private Certificate authority() throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(folder.resolve(TestAuthority.CERTIFICATE))) {
            return CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private KeyStore keyStore(String file, char[] password) throws IOException, GeneralSecurityException {
        return load(folder.resolve(file), password);
    }

    private static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    private static void store(KeyStore store, Path file) throws IOException, GeneralSecurityException {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, MASTER_PASSWORD);
        }
    }
}
