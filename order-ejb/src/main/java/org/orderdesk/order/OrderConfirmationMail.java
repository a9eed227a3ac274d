package org.orderdesk.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.orderdesk.customer.domain.Customer;
import org.orderdesk.mail.MailTemplates;
import org.orderdesk.mail.MailTemplates.RenderedMail;
import org.orderdesk.mail.Outbox;
import org.orderdesk.mail.PublicLinks;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.mail.domain.OutboxMail;
import org.orderdesk.order.domain.CustomerOrder;
import org.orderdesk.order.domain.DeliveryMethod;

/**
 * The confirmation mail, queued in the placing transaction: number and pickup code first, then what was ordered,
 * where it goes and how it is paid, in the customer's language.
 */
@ApplicationScoped
public class OrderConfirmationMail {

    @Inject
    private MailTemplates templates;

    @Inject
    private Outbox outbox;

    @Inject
    private PublicLinks links;

    public void queueFor(CustomerOrder order, Customer customer) {
        Locale locale = Locale.forLanguageTag(customer.preferredLanguage());
        ResourceBundle labels = ResourceBundle.getBundle("org.orderdesk.mail.labels", locale);
        RenderedMail mail = templates.render("order-confirmation", customer.preferredLanguage(), Map.of(
                "name", customer.account().displayName(),
                "number", order.number(),
                "pickupCode", order.pickupCode().value(),
                "items", items(order, locale),
                "total", order.total().format(locale),
                "delivery", delivery(order, locale, labels),
                "payment", labels.getString("payment." + order.paymentMethod().name()),
                "link", links.order(order.number().value()),
                "help", links.help()));
        outbox.enqueue(new OutboxMail(MailKind.ORDER_CONFIRMATION, order.number().value(), customer.account().email(),
                mail.subject(), mail.text(), mail.html(), order.placedAt()).withInlineQrCode(order.pickupCode().value()));
    }

    /** The lines for the template's {{#items}} section, formatted in the customer's language. */
    private static List<Map<String, String>> items(CustomerOrder order, Locale locale) {
        return order.lines().stream()
                .map(line -> Map.of(
                        "name", line.nameIn(locale),
                        "quantity", Integer.toString(line.quantity()),
                        "total", line.lineTotal().format(locale)))
                .toList();
    }

    private static String delivery(CustomerOrder order, Locale locale, ResourceBundle labels) {
        if (order.deliveryMethod() == DeliveryMethod.PICKUP_POINT) {
            return labels.getString("delivery.PICKUP_POINT") + ": " + order.pickupPoint().nameIn(locale) + ", "
                    + order.pickupPoint().addressIn(locale) + " (" + order.pickupPoint().openingHoursIn(locale) + ")";
        }
        return labels.getString("delivery.COURIER") + ": " + order.deliveryAddress().asLine();
    }
}
