package org.orderdesk.payment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import org.orderdesk.shared.Money;

/**
 * A sandbox processor that moves no money. It answers like a card processor's test mode: the published test
 * card 4242 4242 4242 4242 is approved, 4000 0000 0000 0002 is declined, and so is anything else.
 */
@ApplicationScoped
public class SandboxPaymentGateway implements PaymentGateway {

    public static final String APPROVED_CARD = "4242424242424242";
    public static final String DECLINED_CARD = "4000000000000002";

    private static final Logger LOG = Logger.getLogger(SandboxPaymentGateway.class.getName());

    @Override
    public PaymentResult charge(String orderNumber, Money amount, String cardNumber) {
        String digits = cardNumber.replaceAll("[\\s-]", "");
        boolean approved = APPROVED_CARD.equals(digits);
        String lastDigits = digits.length() >= 4 ? digits.substring(digits.length() - 4) : digits;
        LOG.info(() -> "Sandbox payment for " + orderNumber + " of " + amount + " with card *" + lastDigits + ": "
                + (approved ? "approved" : "declined"));
        return new PaymentResult(approved, lastDigits);
    }

    @Override
    public boolean isSandbox() {
        return true;
    }
}
