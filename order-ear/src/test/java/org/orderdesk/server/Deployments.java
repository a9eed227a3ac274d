package org.orderdesk.server;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;
import org.jboss.shrinkwrap.api.ShrinkWrap;
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
     * The built EAR plus the given test classes, the shop fixture, the identities tests call services as (Callers),
     * Awaitility, and the test settings (ports), which the test JVM knows and the server JVM does not.
     */
    public static EnterpriseArchive builtEarWith(Class<?>... testClasses) {
        EnterpriseArchive ear = builtEar();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addClasses(testClasses);
        war.addClasses(TestSettings.class, ShopFixture.class, Callers.class, SystemIdentity.class,
                ResponseKeeper.class, OperatorCodes.class);
        war.addAsLibraries(new File(System.getProperty("awaitility.jar")), new File(System.getProperty("hamcrest.jar")));
        war.addAsResource(new StringAsset(settings()), TestSettings.RESOURCE);
        ear.delete(WAR);
        return ear.addAsModule(war);
    }

    private static String settings() {
        Properties settings = new Properties();
        for (String key : new String[] {"it.smtp.port", "it.imap.port", "it.http.port", "it.app.database",
                "it.smtp.control.port"}) {
            settings.setProperty(key, System.getProperty(key));
        }
        // Set by a benchmark profile only.
        Optional.ofNullable(System.getProperty("bench.report")).ifPresent(path -> settings.setProperty("bench.report", path));
        StringWriter out = new StringWriter();
        try {
            settings.store(out, "written by Deployments for in-container tests");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
