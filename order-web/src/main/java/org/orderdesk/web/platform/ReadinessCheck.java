package org.orderdesk.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.orderdesk.platform.HealthProbe;

/** Ready means customers can order and get their confirmation: the database and the SMTP server both answer. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    private HealthProbe probe;

    @Override
    public HealthCheckResponse call() {
        boolean database = probe.databaseAnswers();
        boolean mail = probe.mailServerAnswers();
        return HealthCheckResponse.named("orderdesk")
                .withData("database", database ? "UP" : "DOWN")
                .withData("mail", mail ? "UP" : "DOWN")
                .status(database && mail)
                .build();
    }
}
