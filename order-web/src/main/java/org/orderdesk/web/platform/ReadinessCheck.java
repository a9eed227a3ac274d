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
 * Ready means customers can order and get their confirmation: the database and the SMTP server both answer. Mails
 * the sender gave up on are reported too (operators re-send them from the mail log); they do not make this
 * instance unready, since taking it out of the load balancer would not deliver them.
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
                .status(database && mail)
                .build();
    }
}
