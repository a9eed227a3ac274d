package org.orderdesk.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A helper program (GreenMail, haproxy) run as a child of this JVM, its output in a log file, and started once it
 * accepts connections on its port. Stopped by its process, never by name.
 */
final class ListeningProcess {

    private final Process process;

    private ListeningProcess(Process process) {
        this.process = process;
    }

    static ListeningProcess start(String name, List<String> command, Path logFile, int port) {
        try {
            ListeningProcess started = new ListeningProcess(new ProcessBuilder(LowPriority.command(command))
                    .redirectErrorStream(true).redirectOutput(logFile.toFile()).start());
            started.awaitPort(name, port);
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitPort(String name, int port) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped at start (is port " + port + " taken?)");
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                LocalRun.pause(200);
            }
        }
        throw new IllegalStateException(name + " did not open port " + port + " within 60 s");
    }

    void stop() {
        process.destroy();
    }
}
