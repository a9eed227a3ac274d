package org.orderdesk.server;

import fish.payara.arquillian.container.payara.managed.PayaraManagedDeployableContainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
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
 */
public class KeptDeploymentContainer extends PayaraManagedDeployableContainer {

    private Archive<?> kept;
    private String keptDigest;
    private ProtocolMetaData keptMetaData;

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
     * Undeployed before the server stops: left in the domain, the application would start with the server the next
     * test run starts (the upgrade's, on another database) before that run deploys its own.
     */
    @Override
    public void stop() throws LifecycleException {
        try {
            undeployKept();
        } catch (DeploymentException e) {
            throw new LifecycleException("Could not undeploy " + kept.getName() + " before stopping", e);
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
