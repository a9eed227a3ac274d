package org.orderdesk.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The README's run command (./mvnw -Prun package): GreenMail, a fresh Payara domain, the EAR deployed, the shop
 * checked over HTTP, the addresses and logins printed. Ctrl-C stops all of it. The data lives in ./data, outside
 * target/, so it survives a restart and a clean: embedded Derby, or with -Ddb=postgres a PostgreSQL cluster of its
 * own that the command starts and stops.
 */
public final class LocalRun {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final String POSTGRES_DATA_SOURCE = "jdbc/orderdesk-pg";

    private LocalRun() {
    }

    public static void main(String[] args) throws InterruptedException, SQLException {
        long started = System.nanoTime();
        int httpPort = Integer.getInteger("http.port");
        int adminPort = Integer.getInteger("admin.port");
        Path dataDir = Path.of(System.getProperty("data.dir")).toAbsolutePath();
        String customerPassword = System.getProperty("demo.customer.password", "customer-demo-2026");
        String operatorPassword = System.getProperty("demo.operator.password", "operator-demo-2026");

        AdminPassword adminPassword = AdminPassword.keptIn(dataDir.resolve("payara-admin-password"));
        LocalPayara payara = new LocalPayara(Path.of(System.getProperty("payara.home")), "orderdesk", adminPort,
                adminPassword.value());
        MailCatcher mail = new MailCatcher(Path.of(System.getProperty("greenmail.jar")),
                Integer.getInteger("smtp.port"), Integer.getInteger("imap.port"), Integer.getInteger("mailapi.port"));
        Optional<TestPostgres> postgres = "postgres".equals(System.getProperty("db"))
                ? Optional.of(TestPostgres.in(dataDir.resolve("postgres"), Integer.getInteger("postgres.port")))
                : Optional.empty();
        requireFreePorts(httpPort, adminPort, Integer.getInteger("smtp.port"), Integer.getInteger("imap.port"),
                Integer.getInteger("mailapi.port"));
        if (postgres.isPresent()) {
            requireFreePorts(Integer.getInteger("postgres.port"));
        }
        try {
            if (postgres.isPresent()) {
                say("Starting PostgreSQL (port " + System.getProperty("postgres.port") + ", data in "
                        + postgres.get().folder() + ")");
                postgres.get().startKeepingData();
            }
            say("Starting GreenMail (SMTP " + System.getProperty("smtp.port") + ")");
            mail.start(createDirectories(dataDir.resolve("logs")).resolve("greenmail.log"));
            say("Creating the Payara domain");
            payara.recreate(List.of("--adminport", Integer.toString(adminPort),
                    "--instanceport", Integer.toString(httpPort)), Path.of(System.getProperty("domain.lib")),
                    Optional.of(System.getProperty("http.address")));
            say("Starting Payara Server");
            Map<String, String> environment = new HashMap<>(Map.of(
                    "ORDERDESK_DERBY_DATABASE", dataDir.resolve("derby/orderdesk").toString(),
                    "ORDERDESK_BACKUP_DIRECTORY", dataDir.resolve("backups").toString(),
                    "ORDERDESK_SECOND_FACTOR_KEY_FILE", dataDir.resolve("second-factor.key").toString(),
                    "ORDERDESK_SMTP_HOST", "127.0.0.1",
                    "ORDERDESK_SMTP_PORT", System.getProperty("smtp.port"),
                    "ORDERDESK_PUBLIC_URL", "http://localhost:" + httpPort,
                    "ORDERDESK_DEMO_CUSTOMER_PASSWORD", customerPassword,
                    "ORDERDESK_OPERATOR_PASSWORD", operatorPassword));
            postgres.ifPresent(database -> environment.put("ORDERDESK_DATASOURCE", POSTGRES_DATA_SOURCE));
            payara.start(environment);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(payara, mail, postgres), "orderdesk-stop"));
            payara.keepArgumentsOutOfTheLog();
            if (postgres.isPresent()) {
                payara.definePostgresDataSource(POSTGRES_DATA_SOURCE, postgres.get());
            }
            say("Deploying " + System.getProperty("ear.file"));
            payara.deploy(Path.of(System.getProperty("ear.file")));
            awaitPage(URI.create("http://localhost:" + httpPort + "/"), "product-card", READY_TIMEOUT);
        } catch (RuntimeException | SQLException failure) {
            say("FAILED: " + failure.getMessage());
            say("Server log: " + payara.serverLog());
            stopAll(payara, mail, postgres);
            throw failure;
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        String database = postgres.isPresent()
                ? postgres.get().description()
                : "embedded Derby, data in " + dataDir.resolve("derby");
        printBanner(httpPort, adminPort, adminPassword, mail, customerPassword, operatorPassword, database, seconds);
        Thread.currentThread().join();
    }

    /**
     * Checked before anything starts: a second run would otherwise re-create the domain directory under a
     * server that is still running from it.
     */
    static void requireFreePorts(int... ports) {
        for (int port : ports) {
            try (ServerSocket probe = new ServerSocket(port)) {
                probe.setReuseAddress(true);
            } catch (IOException inUse) {
                throw new IllegalStateException("Port " + port + " is in use. Is OrderDesk already running? "
                        + "Stop it, or choose other ports (README, \"Ports\").");
            }
        }
    }

    /** Waits until the page answers 200 with the text in it: the shop or an instance's readiness. */
    static void awaitPage(URI page, String text, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(30)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains(text)) {
                    return;
                }
                last = "HTTP " + response.statusCode();
            } catch (IOException notYet) {
                last = notYet.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            // A quarter second: every instance start (and the test cluster's restart) waits here for its end.
            pause(250);
        }
        throw new IllegalStateException("No answer from " + page + " within " + timeout + " (" + last + ")");
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void printBanner(int httpPort, int adminPort, AdminPassword adminPassword, MailCatcher mail,
                                    String customerPassword, String operatorPassword, String database,
                                    long seconds) {
        String shop = "http://localhost:" + httpPort;
        say("""

                ================================================================
                 OrderDesk is running (started in %d s). Ctrl-C stops everything.

                 Shop                  %s/
                 Operator console      %s/admin
                 Health / metrics      %s/health/ready   %s/metrics
                 Payara admin console  http://127.0.0.1:%d  (user admin, %s)
                 Mail catcher (REST)   %sapi/user  (SMTP %s, IMAP %s)
                 Database              %s

                 Demo customer   customer@orderdesk.local / %s
                 Operator        operator@orderdesk.local / %s
                                 (sets up a second factor at the first login:
                                  have an authenticator app ready)
                ================================================================
                """.formatted(seconds, shop, shop, shop, shop, adminPort, adminPassword.shown(), mail.apiUrl(),
                System.getProperty("smtp.port"), System.getProperty("imap.port"), database, customerPassword,
                operatorPassword));
    }

    static void stopAll(LocalPayara payara, MailCatcher mail, Optional<TestPostgres> postgres) {
        try {
            stopPayara(payara);
        } finally {
            stopHelpers(mail, postgres);
        }
    }

    static void stopPayara(LocalPayara payara) {
        try {
            say("Stopping Payara Server");
            payara.stop();
        } catch (RuntimeException alreadyStopped) {
            say(alreadyStopped.getMessage());
        }
    }

    /** GreenMail, and PostgreSQL if there is one. */
    static void stopHelpers(MailCatcher mail, Optional<TestPostgres> postgres) {
        mail.stop();
        postgres.ifPresent(LocalRun::stopPostgres);
    }

    private static void stopPostgres(TestPostgres postgres) {
        say("Stopping PostgreSQL");
        try {
            postgres.stop();
        } catch (RuntimeException alreadyStopped) {
            say(alreadyStopped.getMessage());
        }
    }

    static Path createDirectories(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void say(String line) {
        System.out.println("[orderdesk] " + line);
    }
}
