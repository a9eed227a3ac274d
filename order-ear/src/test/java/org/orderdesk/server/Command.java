package org.orderdesk.server;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** An external program run to completion, its output kept for the error message when it fails. */
public record Command(List<String> arguments, Map<String, String> environment) {

    public String run(long timeoutSeconds) {
        try {
            File output = File.createTempFile("orderdesk-command", ".log");
            output.deleteOnExit();
            ProcessBuilder builder = new ProcessBuilder(LowPriority.command(arguments)).redirectErrorStream(true)
                    .redirectOutput(output);
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out after " + timeoutSeconds + " s: " + this);
            }
            String text = Files.readString(output.toPath(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Failed (exit " + process.exitValue() + "): " + this
                        + System.lineSeparator() + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + this, e);
        }
    }

    @Override
    public String toString() {
        return String.join(" ", arguments);
    }
}
