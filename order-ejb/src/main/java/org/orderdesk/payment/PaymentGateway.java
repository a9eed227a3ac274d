package org.orderdesk.payment;

import org.orderdesk.shared.Money;

/**
 * Charges a card and gives money back. The shop never keeps a card number; at most its last four digits. Every
 * request carries an idempotency key, as real processors' APIs take one: a request sent again with the same key
 * (after a timeout, a crash, a retry) gets the first request's answer and moves no money a second time.
 */
public interface PaymentGateway {

    PaymentResult charge(String idempotencyKey, String orderNumber, Money amount, String cardNumber);

    /** Gives back a charged amount; answers false if there is no approved charge of the order left to refund. */
    boolean refund(String idempotencyKey, String orderNumber, Money amount);

    /** Whether the implementation moves no real money, so the pages can say so. */
    boolean isSandbox();

    /** What the gateway answered, with the card's last digits for the order's record. */
    record PaymentResult(boolean approved, String lastDigits) {
    }
}
