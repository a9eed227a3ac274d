package org.orderdesk.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.orderdesk.mail.MailLog;

/**
 * The mail queue in /metrics (application scope): orderdesk_mail_pending and orderdesk_mail_failed, read from the
 * outbox table at each scrape, so that monitoring can alert when mails fail.
 */
@ApplicationScoped
public class MailQueueMetrics {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    private MetricRegistry registry;

    @Inject
    private MailLog mailLog;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge("orderdesk_mail_pending", () -> mailLog.health().pending());
        registry.gauge("orderdesk_mail_failed", () -> mailLog.health().failed());
    }
}
