package org.orderdesk.server;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.orderdesk.security.LoginService;

/** The test server's server.log, for in-container tests that check what never reaches it. */
public final class ServerLog {

    private ServerLog() {
    }

    /**
     * The log once a line written after the calls so far has reached it (a refused login from a marker address):
     * whatever those calls logged is there by then.
     */
    public static String afterALineOfOurOwn(LoginService logins) {
        String marker = "marker-" + UUID.randomUUID();
        logins.authenticate("nobody-" + UUID.randomUUID() + "@orderdesk.test", "x".toCharArray(), marker);
        return await().atMost(Duration.ofSeconds(30)).until(ServerLog::read, log -> log.contains(marker));
    }

    private static String read() throws IOException {
        return Files.readString(Path.of(System.getProperty("com.sun.aas.instanceRoot"), "logs", "server.log"),
                StandardCharsets.ISO_8859_1);
    }
}
