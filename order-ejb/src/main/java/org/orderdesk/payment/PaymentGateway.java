package org.orderdesk.payment;

import org.orderdesk.shared.Money;

/** Charges a card. The shop never keeps a card number; at most its last four digits. */
public interface PaymentGateway {

    PaymentResult charge(String orderNumber, Money amount, String cardNumber);

    /** Whether the implementation moves no real money, so the pages can say so. */
    boolean isSandbox();

    /** What the gateway answered, with the card's last digits for the order's record. */
    record PaymentResult(boolean approved, String lastDigits) {
    }
}
