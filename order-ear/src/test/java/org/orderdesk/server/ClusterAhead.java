package org.orderdesk.server;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts the failover test's cluster (LocalCluster, from the build's system properties, on an empty database) as
 * soon as the test JVM's classes begin, when one of them is tagged {@value #TAG}, and stops it after the last.
 * DeploymentsInTurn runs the tagged classes last: the cluster, at low priority (cluster.low-priority), starts on the
 * CPU the Derby phase's other classes leave idle, and is ready, or nearly, when they are done. Started when its
 * test began, it held up the whole build for its start, about 100 s. Registered with the JUnit platform in
 * META-INF/services.
 */
public final class ClusterAhead implements TestExecutionListener {

    /** The tag of the test classes that use the cluster (cluster()). */
    public static final String TAG = "local-cluster";

    private static volatile CompletableFuture<LocalCluster> started;

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        boolean wanted = plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .anyMatch(test -> test.getTags().contains(TestTag.create(TAG)));
        if (wanted) {
            LocalCluster cluster = LocalCluster.fromSystemProperties();
            started = CompletableFuture.supplyAsync(() -> start(cluster), runnable -> {
                Thread thread = new Thread(runnable, "orderdesk-cluster-ahead");
                thread.setDaemon(true);
                thread.start();
            }).handle((ready, failure) -> failure == null ? ready : stopAfter(cluster, failure));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (started != null) {
            // A start that failed has stopped what it started (stopAfter); a stop that fails here is reported.
            LocalCluster cluster = started.exceptionally(failedStart -> null).join();
            started = null;
            if (cluster != null) {
                cluster.stop();
            }
        }
    }

    /** The cluster once it has started; fails when its start failed, as its test would have at the start. */
    public static LocalCluster cluster() throws InterruptedException {
        if (started == null) {
            throw new IllegalStateException("No cluster was started for this test run: is the test class tagged "
                    + TAG + "?");
        }
        try {
            return started.get();
        } catch (ExecutionException failed) {
            throw new IllegalStateException("The cluster did not start", failed.getCause());
        }
    }

    private static LocalCluster start(LocalCluster cluster) {
        try {
            cluster.start(Path.of(System.getProperty("ear.file")), Path.of(System.getProperty("domain.lib")), true);
            return cluster;
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    /** What started of a cluster whose start failed is stopped at once, and the failure kept for cluster(). */
    private static LocalCluster stopAfter(LocalCluster cluster, Throwable failure) {
        try {
            cluster.stop();
        } catch (RuntimeException alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
        throw failure instanceof CompletionException completion ? completion : new CompletionException(failure);
    }
}
