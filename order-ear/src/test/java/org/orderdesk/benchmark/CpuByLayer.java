package org.orderdesk.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's CPU went during a recording: each jdk.ExecutionSample is charged to the layer of its
 * topmost frame outside the plain JDK, so that time inside a HashMap or a String counts for the library that
 * called it. PBKDF2 is the JDK's own crypto code, so its packages are a layer of their own.
 *
 * <pre>
 * java -cp order-ear/target/test-classes org.orderdesk.benchmark.CpuByLayer RECORDING.jfr
 * </pre>
 */
public final class CpuByLayer {

    /** Package prefixes per layer, in the order they are tried on each frame. */
    private static final Map<String, List<String>> LAYERS = layers();
    private static final String JDK_ONLY = "JDK only (GC, I/O, no library frame)";
    private static final String OTHER = "other libraries";
    private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");
    private static final int HOT_METHODS = 15;

    private CpuByLayer() {
    }

    private static Map<String, List<String>> layers() {
        Map<String, List<String>> layers = new LinkedHashMap<>();
        layers.put("PBKDF2 / javax.crypto", List.of("javax.crypto.", "com.sun.crypto.", "sun.security.provider."));
        layers.put("JSF (Mojarra, EL)", List.of("jakarta.faces.", "com.sun.faces.", "org.glassfish.expressly.",
                "com.sun.el.", "jakarta.el."));
        layers.put("Derby", List.of("org.apache.derby."));
        layers.put("EclipseLink", List.of("org.eclipse.persistence."));
        layers.put("CDI (Weld)", List.of("org.jboss.weld."));
        layers.put("app (org.orderdesk)", List.of("org.orderdesk."));
        // The pickup code's QR image is drawn per confirmation mail: seen in the first recordings, so named.
        layers.put("QR codes (ZXing)", List.of("com.google.zxing."));
        layers.put("Payara (incl. Grizzly, HK2, Hazelcast)", List.of("com.sun.enterprise.", "org.glassfish.",
                "fish.payara.", "org.jvnet.hk2.", "com.hazelcast.", "org.apache.catalina."));
        return layers;
    }

    public static void main(String[] args) throws IOException {
        Map<String, Long> byLayer = new LinkedHashMap<>();
        LAYERS.keySet().forEach(layer -> byLayer.put(layer, 0L));
        Map<String, Long> hot = new TreeMap<>();
        long total = 0;
        for (RecordedEvent sample : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (sample.getEventType().getName().equals("jdk.ExecutionSample") && sample.getStackTrace() != null) {
                List<RecordedFrame> frames = sample.getStackTrace().getFrames();
                byLayer.merge(layer(frames), 1L, Long::sum);
                hot.merge(method(frames.get(0)), 1L, Long::sum);
                total++;
            }
        }
        print(byLayer, hot, total);
    }

    /** The layer of the first frame from the top that is not plain JDK code. */
    private static String layer(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, List<String>> layer : LAYERS.entrySet()) {
                if (layer.getValue().stream().anyMatch(type::startsWith)) {
                    return layer.getKey();
                }
            }
            if (JDK.stream().noneMatch(type::startsWith)) {
                return OTHER;
            }
        }
        return JDK_ONLY;
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void print(Map<String, Long> byLayer, Map<String, Long> hot, long total) {
        System.out.println("%d execution samples (charged to the topmost frame outside the plain JDK)%n".formatted(total));
        System.out.println("| layer | samples | share |\n|---|---|---|");
        byLayer.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.println(row(e, total)));
        System.out.println("\nHottest top frames:\n\n| method | samples | share |\n|---|---|---|");
        hot.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(HOT_METHODS)
                .forEach(e -> System.out.println(row(e, total)));
    }

    private static String row(Map.Entry<String, Long> entry, long total) {
        return "| %s | %d | %.1f %% |".formatted(entry.getKey(), entry.getValue(),
                100.0 * entry.getValue() / Math.max(total, 1));
    }
}
