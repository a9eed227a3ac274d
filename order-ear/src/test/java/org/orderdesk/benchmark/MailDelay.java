package org.orderdesk.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;

/**
 * How late confirmations reached the SMTP server under load. For each level's measured window (the file
 * CheckoutLoad writes beside its report), the confirmations queued in it, how many were sent by the time the server
 * stopped, and the time from queueing to the SMTP server's acceptance (outbox_mail.sentAt - createdAt), by
 * nearest-rank percentile. Reads the database of a STOPPED OrderDesk.
 *
 * <pre>
 * java -cp order-ear/target/test-classes:order-ear/target/domain-lib/* org.orderdesk.benchmark.MailDelay DATA_DIR WINDOWS
 * </pre>
 */
public final class MailDelay {

    private static final String CONFIRMATIONS = """
            select createdAt, sentAt from outbox_mail
            where kind = 'ORDER_CONFIRMATION' and createdAt >= ? and createdAt < ?""";

    private MailDelay() {
    }

    public static void main(String[] args) throws SQLException, IOException {
        List<String> windows = Files.readAllLines(Path.of(args[1]));
        try (Connection connection = DerbyEngine.open(args[0], "derby-mail-delay.log")) {
            System.out.println("| customers | confirmations queued | sent by the end | delay p50 ms | p95 ms | p99 ms "
                    + "| max ms |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (String window : windows) {
                String[] fields = window.split("\t");
                System.out.println(row(connection, fields[0], Long.parseLong(fields[1]), Long.parseLong(fields[2])));
            }
        } finally {
            DerbyEngine.shutDown();
        }
    }

    private static String row(Connection connection, String customers, long startMillis, long endMillis)
            throws SQLException {
        Timings delays = new Timings("confirmation delay");
        int queued = 0;
        try (PreparedStatement query = connection.prepareStatement(CONFIRMATIONS)) {
            query.setTimestamp(1, new Timestamp(startMillis));
            query.setTimestamp(2, new Timestamp(endMillis));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    queued++;
                    Timestamp sent = rs.getTimestamp(2);
                    if (sent != null) {
                        delays.add(Duration.between(rs.getTimestamp(1).toInstant(), sent.toInstant()).toNanos());
                    }
                }
            }
        }
        return "| %s | %d | %d | %.0f | %.0f | %.0f | %.0f |".formatted(customers, queued, delays.count(),
                delays.percentile(50), delays.percentile(95), delays.percentile(99), delays.percentile(100));
    }
}
