package org.orderdesk.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Test ports and addresses, read from system properties in the test JVM and from the deployment in the server. */
public final class TestSettings {

    static final String RESOURCE = "it-settings.properties";
    private static final Properties DEPLOYED = load();

    private TestSettings() {
    }

    public static int port(String key) {
        return Integer.parseInt(value(key));
    }

    public static String value(String key) {
        String value = System.getProperty(key, DEPLOYED.getProperty(key));
        if (value == null) {
            throw new IllegalStateException("Test setting " + key + " is missing");
        }
        return value;
    }

    public static String shopUrl() {
        return "http://localhost:" + port("it.http.port") + "/";
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = TestSettings.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
