package org.orderdesk.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Flight Recorder recording on the server's JVM, started and dumped with jcmd around one level's measured
 * window, so the CPU profile covers exactly the requests that were timed.
 */
final class JfrRecording {

    private static final String NAME = "checkout-load";

    private final String pid;
    private final Path file;

    JfrRecording(String pid, Path file) {
        this.pid = pid;
        this.file = file.toAbsolutePath();
    }

    /** The "profile" settings: execution samples every 10 ms instead of 20. */
    void start() throws IOException, InterruptedException {
        jcmd("JFR.start", "name=" + NAME, "settings=profile");
    }

    void dumpAndStop() throws IOException, InterruptedException {
        jcmd("JFR.dump", "name=" + NAME, "filename=" + file);
        jcmd("JFR.stop", "name=" + NAME);
    }

    Path file() {
        return file;
    }

    private void jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                pid));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0 || output.contains("Could not") || output.contains("Exception")) {
            throw new IllegalStateException(String.join(" ", line) + " failed: " + output);
        }
    }
}
