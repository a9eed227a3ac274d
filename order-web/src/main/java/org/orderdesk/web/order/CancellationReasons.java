package org.orderdesk.web.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.orderdesk.order.domain.CancellationReason;
import org.orderdesk.web.platform.MessageTexts;

/**
 * Why an order was cancelled, in the reader's language: a reason picked from the list by its label, followed by the
 * words as they were typed. Reasons stored as text before reasons had codes are shown as stored.
 */
@Named
@ApplicationScoped
public class CancellationReasons {

    public String text(CancellationReason reason) {
        return reason == null ? null : reason.describe(code -> MessageTexts.text("orderPage.reason." + code));
    }
}
