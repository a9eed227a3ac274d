package org.orderdesk.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.web.platform.MessageTexts;

/**
 * The help page: where the order number and the pickup code are (the question customers ask most), then how to
 * reach support, with the order the customer came from already named in the mail.
 */
@Named
@RequestScoped
public class HelpPage {

    @Inject
    @ConfigProperty(name = "orderdesk.support.email", defaultValue = "support@orderdesk.local")
    private String supportEmail;

    private OrderNumber orderNumber;

    public String getSupportEmail() {
        return supportEmail;
    }

    /** A mailto link whose subject names the order, so that support can find it without asking. */
    public String getMailtoLink() {
        String subject = isAboutOrder()
                ? MessageTexts.text("help.mailSubjectOrder", orderNumber)
                : MessageTexts.text("help.mailSubject");
        return "mailto:" + supportEmail + "?subject=" + URLEncoder.encode(subject, StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    public boolean isAboutOrder() {
        return orderNumber != null;
    }

    public OrderNumber getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(OrderNumber orderNumber) {
        this.orderNumber = orderNumber;
    }
}
