package org.orderdesk.server;

import fish.payara.arquillian.container.payara.managed.PayaraManagedDeployableContainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;
import org.jboss.shrinkwrap.api.asset.Asset;

/**
 * Payara's managed container that keeps an application deployed from one test class to the next while the next
 * class deploys the same archive (the same entries with the same bytes), and deploys again only when it differs.
 * Deploying the EAR cost about 9 s a class, over five minutes of every build; the classes share two archives (the
 * EAR as built, and the EAR with the in-container tests: Deployments), and DeploymentsInTurn runs the classes of
 * each archive together. What a test needs from a fresh start it must not assume: each makes its own customers,
 * orders and addresses (ShopFixture), as it would against a shop already in use.
 *
 * <p>One server for every test phase of the build (failsafe executions: Derby, upgrade, PostgreSQL): the first
 * phase starts it with its JVM's environment, the later ones connect to it (allowConnectingToRunningServer in
 * arquillian.xml), and the build stops it after the last (TestServer). What differs from phase to phase is set as
 * system properties of the server (it.server.settings: MicroProfile Config, which the application reads them
 * through, ranks them above the environment), before the phase's first deployment; a phase without them runs on
 * the environment alone, as production does. Stopping, starting and deploying again for each later phase cost
 * about 45 s of every build per phase. Each phase still deploys afresh: its archive is undeployed when its JVM
 * stops the container, so no timer, singleton, cache or session of one phase's application reaches the next.
 */
public class KeptDeploymentContainer extends PayaraManagedDeployableContainer {

    /** The server system properties a phase may set (it.server.settings); those it does not set are removed. */
    static final List<String> PHASE_SETTINGS = List.of("orderdesk.datasource", "orderdesk.demo.data",
            "orderdesk.password.iterations");

    private Archive<?> kept;
    private String keptDigest;
    private ProtocolMetaData keptMetaData;

    /**
     * Starts the test server when no earlier phase has, and gives it this phase's settings; then the managed
     * container finds it running and connects to it, leaving it running when this JVM ends.
     */
    @Override
    public void start() throws LifecycleException {
        LocalPayara payara = new LocalPayara(Path.of(System.getProperty("payara.home")), TestDomain.NAME,
                Integer.getInteger("it.admin.port"), System.getProperty("it.admin.password"));
        if (!payara.isRunning()) {
            payara.start(Map.of());
        }
        applySettings(payara, System.getProperty("it.server.settings", ""));
        super.start();
    }

    static void applySettings(LocalPayara payara, String settings) {
        Map<String, String> wanted = parseSettings(settings);
        String present = payara.remote(List.of("list-system-properties"), 120);
        for (String name : PHASE_SETTINGS) {
            if (!wanted.containsKey(name) && present.lines().anyMatch(line -> line.strip().startsWith(name + "="))) {
                payara.remote(List.of("delete-system-property", name), 120);
            }
        }
        if (!wanted.isEmpty()) {
            payara.remote(List.of("create-system-properties", wanted.entrySet().stream()
                    .map(setting -> setting.getKey() + "=" + setting.getValue().replace(":", "\\:"))
                    .collect(Collectors.joining(":"))), 120);
        }
    }

    /** "name=value,name=value", names from PHASE_SETTINGS only: a misspelt one would silently change nothing. */
    static Map<String, String> parseSettings(String settings) {
        Map<String, String> parsed = new TreeMap<>();
        for (String setting : settings.split(",")) {
            if (setting.isBlank()) {
                continue;
            }
            String[] nameAndValue = setting.trim().split("=", 2);
            if (nameAndValue.length != 2 || !PHASE_SETTINGS.contains(nameAndValue[0])) {
                throw new IllegalArgumentException("it.server.settings: " + setting + " is not one of "
                        + PHASE_SETTINGS + " with a value");
            }
            parsed.put(nameAndValue[0], nameAndValue[1]);
        }
        return parsed;
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String digest = digest(archive);
        if (kept != null && digest.equals(keptDigest)) {
            return keptMetaData;
        }
        undeployKept();
        keptMetaData = super.deploy(archive);
        kept = archive;
        keptDigest = digest;
        return keptMetaData;
    }

    /** Left deployed for the next class; undeployed when another archive comes or the server stops. */
    @Override
    public void undeploy(Archive<?> archive) {
    }

    /**
     * Undeploys, and leaves the server running for the next phase (the managed container, connected to a running
     * server, stops nothing; TestServer stops it after the last). Left deployed, this phase's application, with its
     * timers and singletons, would still run on its database while the next phase's starts on another.
     */
    @Override
    public void stop() throws LifecycleException {
        try {
            undeployKept();
        } catch (DeploymentException e) {
            throw new LifecycleException("Could not undeploy " + kept.getName() + " at the end of the phase", e);
        } finally {
            super.stop();
        }
    }

    private void undeployKept() throws DeploymentException {
        if (kept != null) {
            Archive<?> leaving = kept;
            kept = null;
            keptDigest = null;
            keptMetaData = null;
            super.undeploy(leaving);
        }
    }

    /** SHA-256 over every entry's path and bytes, in path order, nested archives included. */
    static String digest(Archive<?> archive) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            addEntries(archive, sha);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    private static void addEntries(Archive<?> archive, MessageDigest sha) {
        Map<String, Node> entries = new TreeMap<>();
        for (Map.Entry<ArchivePath, Node> entry : archive.getContent().entrySet()) {
            entries.put(entry.getKey().get(), entry.getValue());
        }
        entries.forEach((path, node) -> {
            sha.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Asset asset = node.getAsset();
            if (asset instanceof ArchiveAsset nested) {
                addEntries(nested.getArchive(), sha);
            } else if (asset != null) {
                addBytes(asset, sha);
            }
        });
    }

    private static void addBytes(Asset asset, MessageDigest sha) {
        try (InputStream in = asset.openStream()) {
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                sha.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
