package org.orderdesk.server;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR exactly as Maven built it; for in-container tests, with the test classes added to its WAR. */
public final class Deployments {

    private static final String WAR = "order-web.war";

    private Deployments() {
    }

    public static EnterpriseArchive builtEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("ear.file")));
    }

    /**
     * The built EAR plus every test class of this module (in-container tests, their fixtures, the identities tests
     * call services as), Awaitility, and the test settings (ports), which the test JVM knows and the server JVM does
     * not. One archive for all in-container tests, so that KeptDeploymentContainer deploys it once for all of them;
     * the classes the server never loads (browser tests, the cluster's launcher) cost it nothing: the WAR's CDI
     * discovery is by annotation.
     */
    public static EnterpriseArchive builtEarWithTests() {
        EnterpriseArchive ear = builtEar();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        Path testClasses = testClassesDirectory();
        try (Stream<Path> files = Files.walk(testClasses)) {
            files.filter(file -> file.toString().endsWith(".class")).forEach(file -> war.add(new FileAsset(file.toFile()),
                    "WEB-INF/classes/" + testClasses.relativize(file).toString().replace(File.separatorChar, '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.addAsLibraries(new File(System.getProperty("awaitility.jar")), new File(System.getProperty("hamcrest.jar")));
        war.addAsResource(new StringAsset(settings()), TestSettings.RESOURCE);
        ear.delete(WAR);
        return ear.addAsModule(war);
    }

    private static Path testClassesDirectory() {
        try {
            return Path.of(Deployments.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The test classes' folder is not a file path", e);
        }
    }

    private static String settings() {
        Properties settings = new Properties();
        for (String key : new String[] {"it.smtp.port", "it.imap.port", "it.http.port", "it.app.database",
                "it.smtp.control.port", "it.smtp.tls"}) {
            settings.setProperty(key, System.getProperty(key));
        }
        // Set by a benchmark profile only.
        Optional.ofNullable(System.getProperty("bench.report")).ifPresent(path -> settings.setProperty("bench.report", path));
        StringWriter out = new StringWriter();
        try {
            settings.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Without store's date comment: the same settings make the same archive (KeptDeploymentContainer).
        return out.toString().lines().filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n"));
    }
}
