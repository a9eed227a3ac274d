package org.orderdesk.payment;

import java.util.ArrayList;
import java.util.List;
import org.orderdesk.shared.Money;

/**
 * A card processor that approves the sandbox's approved card and every refund, and keeps the refunds it made (one
 * per idempotency key, as a processor answers a repeated key from its record).
 */
public class FakePaymentGateway implements PaymentGateway {

    /** A refund the gateway made. */
    public record Refund(String key, String orderNumber, Money amount) {
    }

    private final List<Refund> refunds = new ArrayList<>();

    @Override
    public PaymentResult charge(String idempotencyKey, String orderNumber, Money amount, String cardNumber) {
        return new PaymentResult(SandboxPaymentGateway.APPROVED_CARD.equals(cardNumber),
                cardNumber.substring(cardNumber.length() - 4));
    }

    @Override
    public boolean refund(String idempotencyKey, String orderNumber, Money amount) {
        if (refunds.stream().noneMatch(refund -> refund.key().equals(idempotencyKey))) {
            refunds.add(new Refund(idempotencyKey, orderNumber, amount));
        }
        return true;
    }

    @Override
    public boolean isSandbox() {
        return true;
    }

    public List<Refund> refunds() {
        return List.copyOf(refunds);
    }
}
