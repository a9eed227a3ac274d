package org.orderdesk.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The cluster's load balancer: haproxy (Debian's package), in the foreground as a child process, with a
 * configuration written for the instances. A customer sticks to one instance through haproxy's own cookie
 * (nginx, sticking on the session cookie, broke JSF posts in the spike of issue 17); an instance is in rotation
 * while /health/ready answers 200, and a request to an instance that went down is sent to another.
 */
final class Haproxy {

    static final String STICKY_COOKIE = "ORDERDESK_INSTANCE";

    private final Path config;
    private final int port;
    private ListeningProcess process;

    private Haproxy(Path config, int port) {
        this.config = config;
        this.port = port;
    }

    /** The configuration for these instance ports, written to the file. */
    static Haproxy configured(Path config, String address, int port, int statsPort, List<Integer> instancePorts) {
        String servers = IntStream.range(0, instancePorts.size())
                .mapToObj(i -> "    server %1$s 127.0.0.1:%2$d check cookie %1$s"
                        .formatted(LocalCluster.name(i + 1), instancePorts.get(i)))
                .collect(Collectors.joining("\n"));
        // The client's address goes to the instances in X-Forwarded-For, which they trust from the balancer only
        // (orderdesk.trusted-proxies): the login throttle counts per client, not per balancer.
        // A request whose instance dies under it (refused, or closed without an answer: killed) goes to another;
        // a place-order post sent twice that way is one order, by its checkout token.
        // Upgrade h2c is dropped: Java's HttpClient asks for it, Payara accepts, and on HTTP/2 the balancer would
        // see no cookie it set. A browser never asks without TLS.
        String text = """
                global
                    maxconn 2000

                defaults
                    mode http
                    timeout connect 5s
                    timeout client 120s
                    timeout server 120s
                    timeout http-request 30s
                    retries 2
                    retry-on conn-failure empty-response
                    option redispatch
                    option forwardfor

                frontend shop
                    bind %s:%d
                    http-request del-header Upgrade if { req.hdr(Upgrade) -i h2c }
                    http-request del-header HTTP2-Settings
                    default_backend instances

                backend instances
                    balance roundrobin
                    cookie %s insert indirect nocache httponly attr "SameSite=Lax"
                    option httpchk GET /health/ready
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 2
                %s

                frontend stats
                    bind 127.0.0.1:%d
                    stats enable
                    stats uri /
                    stats refresh 5s
                """.formatted(address, port, STICKY_COOKIE, servers, statsPort);
        try {
            Files.createDirectories(config.getParent());
            Files.writeString(config, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Haproxy(config, port);
    }

    void start(Path logFile) {
        new Command(List.of(executable(), "-c", "-f", config.toString()), Map.of()).run(30);
        process = ListeningProcess.start("haproxy", List.of(executable(), "-db", "-f", config.toString()), logFile,
                port);
    }

    void stop() {
        if (process != null) {
            process.stop();
        }
    }

    private static String executable() {
        for (String folder : List.of("/usr/sbin", "/usr/local/sbin", "/usr/bin")) {
            if (Files.isExecutable(Path.of(folder, "haproxy"))) {
                return Path.of(folder, "haproxy").toString();
            }
        }
        throw new IllegalStateException("The cluster needs haproxy: apt-get install haproxy");
    }
}
