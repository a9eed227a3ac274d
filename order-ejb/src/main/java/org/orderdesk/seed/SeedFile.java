package org.orderdesk.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A seed table shipped as a resource: one record a line, fields separated by '|', '#' starting a comment.
 * Kept out of Java code so that the demo catalog can be edited without touching the seeder.
 */
final class SeedFile {

    private SeedFile() {
    }

    static List<String[]> records(String resource, int fields) {
        return text(resource).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> split(resource, line, fields))
                .toList();
    }

    private static String[] split(String resource, String line, int fields) {
        String[] values = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
        if (values.length != fields) {
            throw new IllegalStateException(resource + ": expected " + fields + " fields in: " + line);
        }
        return values;
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String resource) {
        try (InputStream in = SeedFile.class.getResourceAsStream("/seed/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing seed resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
