package org.orderdesk.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Stops the test server that the test phases share (KeptDeploymentContainer leaves it running from one phase to
 * the next). Run by the build (order-ear's pom, exec:java in Maven's own JVM): "guard" before the tests, which
 * stops it when Maven's JVM ends, whichever way it ends (a failed phase that fails the build at once, Ctrl-C, an
 * error in a later step); "stop" after the last phase, before the cluster's test starts beside it.
 */
public final class TestServer {

    private TestServer() {
    }

    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("payara.home"));
        // Everything the hook needs is made now: when Maven's JVM ends, the class loader exec:java ran this in
        // may be closed, and nothing more can be loaded from it.
        Path pid = LocalPayara.pidFile(home, TestDomain.NAME);
        List<String> stop = List.of(home.resolve("bin/asadmin").toString(), "stop-domain", TestDomain.NAME);
        switch (args.length == 1 ? args[0] : "") {
            case "guard" -> Runtime.getRuntime().addShutdownHook(
                    new Thread(rootThreadGroup(), () -> stopIfRunning(pid, stop), "stop-test-server"));
            case "stop" -> stopIfRunning(pid, stop);
            default -> throw new IllegalArgumentException("usage: TestServer guard|stop");
        }
    }

    /**
     * The hook's thread must not belong to the thread group exec:java runs main in: exec:java destroys that group
     * when main returns, and a hook thread of a destroyed group fails to start when the JVM ends, which (seen) also
     * kept every hook after it from running, the build's GreenMail and SMTP relay staying behind.
     */
    private static ThreadGroup rootThreadGroup() {
        ThreadGroup group = Thread.currentThread().getThreadGroup();
        while (group.getParent() != null) {
            group = group.getParent();
        }
        return group;
    }

    /** Stops the domain if it runs (its pid file, LocalPayara.pidFile), with what main made before the hook. */
    private static void stopIfRunning(Path pid, List<String> stop) {
        if (!Files.exists(pid)) {
            return;
        }
        try {
            Process process = new ProcessBuilder(stop).inheritIO().start();
            if (process.waitFor() != 0) {
                System.err.println("Could not stop the test server: exit " + process.exitValue() + " of " + stop);
            }
        } catch (IOException e) {
            System.err.println("Could not stop the test server: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
