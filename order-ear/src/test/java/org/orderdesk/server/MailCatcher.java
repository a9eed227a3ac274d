package org.orderdesk.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * GreenMail standalone as a separate process: a real SMTP server for the application, IMAP and a REST API for
 * reading what it received. Every mailbox is created on first delivery; any password opens it.
 */
final class MailCatcher {

    private final Path jar;
    private final int smtpPort;
    private final int imapPort;
    private final int apiPort;
    private Process process;

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
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(logFile.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitSmtp();
    }

    private void awaitSmtp() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("GreenMail stopped at start (is port " + smtpPort + " taken?)");
            }
            try (Socket ignored = new Socket("127.0.0.1", smtpPort)) {
                return;
            } catch (IOException notYet) {
                LocalRun.pause(200);
            }
        }
        throw new IllegalStateException("GreenMail did not open SMTP port " + smtpPort + " within 60 s");
    }

    void stop() {
        if (process != null) {
            process.destroy();
        }
    }

    String apiUrl() {
        return "http://127.0.0.1:" + apiPort + "/";
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
