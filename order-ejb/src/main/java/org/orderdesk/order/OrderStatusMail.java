package org.orderdesk.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.orderdesk.customer.domain.Customer;
import org.orderdesk.mail.MailTemplates;
import org.orderdesk.mail.MailTemplates.RenderedMail;
import org.orderdesk.mail.Outbox;
import org.orderdesk.mail.PublicLinks;
import org.orderdesk.mail.domain.MailKind;
import org.orderdesk.mail.domain.OutboxMail;
import org.orderdesk.order.domain.CustomerOrder;
import org.orderdesk.order.domain.OrderStatus;

/**
 * The mails that tell a customer their order has changed in a way that matters to them: it is ready at the pickup
 * point, it was received or delivered, cancelled, sent back, or its storage was extended. Queued in the transaction
 * that made the change; one template per kind and language in mail-templates/.
 */
@ApplicationScoped
public class OrderStatusMail {

    @Inject
    private MailTemplates templates;

    @Inject
    private Outbox outbox;

    @Inject
    private PublicLinks links;

    /** The mail a move into this status sends, if it sends one. */
    public static Optional<MailKind> forStatus(OrderStatus status) {
        return Optional.ofNullable(switch (status) {
            case AWAITING_PICKUP -> MailKind.ORDER_READY_FOR_PICKUP;
            case RECEIVED -> MailKind.ORDER_RECEIVED;
            case DELIVERED -> MailKind.ORDER_DELIVERED;
            case CANCELLED -> MailKind.ORDER_CANCELLED;
            case RETURNED -> MailKind.ORDER_RETURNED;
            default -> null;
        });
    }

    public void queue(MailKind kind, CustomerOrder order, Instant now) {
        Customer customer = order.customer();
        String language = customer.preferredLanguage();
        RenderedMail mail = templates.render(templateOf(kind), language, values(order, customer));
        OutboxMail outgoing = new OutboxMail(kind, order.number().value(), customer.account().email(), mail.subject(),
                mail.text(), mail.html(), now);
        outbox.enqueue(kind == MailKind.ORDER_READY_FOR_PICKUP ? outgoing.withInlineQrCode(order.pickupCode().value())
                : outgoing);
    }

    private static String templateOf(MailKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static ResourceBundle labels(Locale locale) {
        return ResourceBundle.getBundle("org.orderdesk.mail.labels", locale);
    }

    /** "Received partially: 2 of 3 items. Refused: Kettle × 1 (damaged)." */
    private static String partialPickup(CustomerOrder order, Locale locale) {
        return new MessageFormat(labels(locale).getString("partial.summary"), locale)
                .format(new Object[] {order.takenUnits(), order.itemCount(), refusedLines(order, locale)});
    }

    /** "At the pickup point you refused every item of order …: Kettle × 1 (damaged)." */
    private static String allRefused(CustomerOrder order, Locale locale) {
        return new MessageFormat(labels(locale).getString("partial.allRefused"), locale)
                .format(new Object[] {order.number(), refusedLines(order, locale)});
    }

    private static String refusedLines(CustomerOrder order, Locale locale) {
        ResourceBundle labels = labels(locale);
        return order.lines().stream()
                .filter(line -> line.refusedQuantity() > 0)
                .map(line -> new MessageFormat(labels.getString("partial.refused"), locale).format(new Object[] {
                        line.nameIn(locale), line.refusedQuantity(),
                        labels.getString("refusalReason." + line.refusalReason())}))
                .collect(Collectors.joining("; "));
    }

    private Map<String, String> values(CustomerOrder order, Customer customer) {
        Locale locale = Locale.forLanguageTag(customer.preferredLanguage());
        Map<String, String> values = new HashMap<>();
        values.put("name", customer.account().displayName());
        values.put("number", order.number().value());
        values.put("pickupCode", order.pickupCode().value());
        values.put("total", order.total().format(locale));
        values.put("link", links.order(order.number().value()));
        values.put("help", links.help());
        values.put("reason", Optional.ofNullable(order.cancellationReason())
                .map(reason -> reason.describe(code -> labels(locale).getString("cancelReason." + code)))
                .orElse(""));
        values.put("refund", order.refundedAt() != null
                ? new MessageFormat(labels(locale).getString("refund.done"), locale)
                        .format(new Object[] {order.refundAmount().format(locale), order.cardLastDigits()})
                : "");
        boolean refusedAtTheDesk = order.refusedUnits() > 0;
        boolean refusedEverything = refusedAtTheDesk && order.status() == OrderStatus.RETURNED;
        values.put("partial", refusedAtTheDesk && !refusedEverything ? partialPickup(order, locale) : "");
        values.put("refusedAll", refusedEverything ? allRefused(order, locale) : "");
        values.put("deadline", Optional.ofNullable(order.storageDeadline())
                .map(deadline -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                        .withLocale(locale).withZone(customer.timeZone()).format(deadline))
                .orElse(""));
        if (order.pickupPoint() != null) {
            values.put("point", order.pickupPoint().nameIn(locale));
            values.put("address", order.pickupPoint().addressIn(locale));
            values.put("hours", order.pickupPoint().openingHoursIn(locale));
        } else {
            values.put("address", order.deliveryAddress().asLine());
        }
        return values;
    }
}
