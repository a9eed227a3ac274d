package org.orderdesk.server;

import java.nio.file.Path;
import java.util.List;

/**
 * GreenMail standalone as a separate process: a real SMTP server for the application, IMAP and a REST API for
 * reading what it received. Every mailbox is created on first delivery; any password opens it.
 */
final class MailCatcher {

    private final Path jar;
    private final int smtpPort;
    private final int imapPort;
    private final int apiPort;
    private ListeningProcess process;

    MailCatcher(Path jar, int smtpPort, int imapPort, int apiPort) {
        this.jar = jar;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.apiPort = apiPort;
    }

    void start(Path logFile) {
        List<String> command = List.of(javaExecutable(), "-Xmx128m",
                "-Dgreenmail.hostname=127.0.0.1",
                "-Dgreenmail.smtp.port=" + smtpPort,
                "-Dgreenmail.imap.port=" + imapPort,
                "-Dgreenmail.api.hostname=127.0.0.1",
                "-Dgreenmail.api.port=" + apiPort,
                "-Dgreenmail.auth.disabled",
                "-jar", jar.toString());
        process = ListeningProcess.start("GreenMail", command, logFile, smtpPort);
    }

    void stop() {
        if (process != null) {
            process.stop();
        }
    }

    String apiUrl() {
        return "http://127.0.0.1:" + apiPort + "/";
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
