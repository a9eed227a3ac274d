package org.orderdesk.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.orderdesk.mail.MailHealth;
import org.orderdesk.mail.MailLog;
import org.orderdesk.platform.HealthProbe;

/**
 * Ready means customers can order: the database answers. The SMTP server's state is reported beside it but does
 * not make this instance unready: mail waits in the outbox until the server is back, and an SMTP outage is every
 * instance's at once, so a load balancer that took the unready ones out would close the whole shop and deliver no
 * mail. Mails the sender gave up on are reported too (operators re-send them from the mail log), for the same
 * reason without effect on readiness.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    private HealthProbe probe;

    @Inject
    private MailLog mailLog;

    @Override
    public HealthCheckResponse call() {
        boolean database = probe.databaseAnswers();
        boolean mail = probe.mailServerAnswers();
        MailHealth queue = database ? mailLog.health() : new MailHealth(-1, -1);
        return HealthCheckResponse.named("orderdesk")
                .withData("database", database ? "UP" : "DOWN")
                .withData("mail", mail ? "UP" : "DOWN")
                .withData("mailPending", queue.pending())
                .withData("mailFailed", queue.failed())
                .status(database)
                .build();
    }
}
