package org.orderdesk.benchmark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The run command's GreenMail, stopped and started again by the load driver to play an SMTP outage: the same
 * command line (read from /proc), so the same ports. What it started, it stops when closed.
 */
final class GreenMailProcess implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final List<String> command;
    private final int smtpPort;
    private final Path log;
    private ProcessHandle running;
    private Process ownCopy;

    GreenMailProcess(long pid, int smtpPort, Path log) throws IOException {
        this.running = ProcessHandle.of(pid).orElseThrow(() -> new IllegalArgumentException("No process " + pid));
        this.command = Arrays.asList(Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"),
                StandardCharsets.UTF_8).split("\0"));
        this.smtpPort = smtpPort;
        this.log = log;
    }

    /** Ends the process; returns once its SMTP port refuses connections, as a server that is down does. */
    void stop() throws InterruptedException, ExecutionException, TimeoutException {
        running.destroy();
        running.onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        waitFor(false);
    }

    /** Starts it again; returns once its SMTP port accepts connections. */
    void start() throws IOException, InterruptedException {
        ownCopy = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        running = ownCopy.toHandle();
        waitFor(true);
    }

    private void waitFor(boolean accepting) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (accepts() != accepting) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("SMTP port " + smtpPort + (accepting ? " never opened" : " never closed"));
            }
            Thread.sleep(100);
        }
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", smtpPort), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    @Override
    public void close() {
        if (ownCopy != null) {
            ownCopy.destroy();
        }
    }
}
