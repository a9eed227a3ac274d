package org.orderdesk.server;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The README's cluster command (./mvnw -Pcluster package, -Dcluster.instances=N): LocalCluster started, the
 * addresses, logins and each instance's memory printed. Ctrl-C stops all of it, each part by its process. The
 * data (PostgreSQL's, the admin password, the logs) lives in ./data-cluster, apart from the run command's ./data.
 */
public final class ClusterRun {

    private ClusterRun() {
    }

    public static void main(String[] args) throws InterruptedException, SQLException {
        long started = System.nanoTime();
        LocalCluster cluster = LocalCluster.fromSystemProperties();
        // Registered first: Ctrl-C during the start stops what has started so far.
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "orderdesk-cluster-stop"));
        try {
            cluster.start(Path.of(System.getProperty("ear.file")), Path.of(System.getProperty("domain.lib")));
        } catch (RuntimeException | SQLException failure) {
            LocalRun.say("FAILED: " + failure.getMessage());
            LocalRun.say("Logs: " + cluster.dasLog() + ", " + cluster.serverLog(1) + " ...");
            throw failure;
        }
        printBanner(cluster, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        Thread.currentThread().join();
    }

    private static void printBanner(LocalCluster cluster, long seconds) {
        ClusterPorts ports = cluster.ports();
        String instances = ports.instanceNumbers().mapToObj(instance -> "%-22s%s  (pid %s, %d MiB resident)"
                .formatted(" " + LocalCluster.name(instance), cluster.instanceUrl(instance),
                        cluster.instanceProcess(instance).map(p -> Long.toString(p.pid())).orElse("?"),
                        cluster.instanceProcess(instance).map(cluster::residentMebibytes).orElse(0L)))
                .collect(Collectors.joining("\n"));
        String shop = cluster.shopUrl();
        LocalRun.say("""

                ================================================================
                 OrderDesk cluster is running (started in %d s). Ctrl-C stops everything.

                 Shop (haproxy)        %s
                 Operator console      %sadmin
                 Balancer statistics   http://127.0.0.1:%d/
                %s
                 Payara admin console  http://127.0.0.1:%d  (user admin, %s)
                 Mail catcher (REST)   %sapi/user  (SMTP %d, IMAP %d)
                 Database              %s

                 Demo customer   customer@orderdesk.local / %s
                 Operator        operator@orderdesk.local / %s
                ================================================================
                """.formatted(seconds, shop, shop, ports.balancerStats(), instances, ports.admin(),
                cluster.adminPassword().shown(), cluster.mail().apiUrl(), ports.smtp(), ports.imap(),
                cluster.database().description(), cluster.accounts().customerPassword(),
                cluster.accounts().operatorPassword()));
    }
}
