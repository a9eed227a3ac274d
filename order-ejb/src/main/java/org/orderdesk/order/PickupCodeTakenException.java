package org.orderdesk.order;

import jakarta.ejb.ApplicationException;
import org.orderdesk.order.domain.OrderNumber;

/**
 * Another active order holds the pickup code a new order drew: placed at the same moment on another instance,
 * after this checkout had found the code free. The database refused the second claim (ActivePickupCode), which
 * left the transaction fit only to roll back; the checkout is then placed again, whole, with a new code (see
 * CheckoutPage). Rolls back when it leaves a bean, and reaches the caller as itself.
 */
@ApplicationException(rollback = true)
public class PickupCodeTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PickupCodeTakenException(OrderNumber orderNumber, Throwable refusal) {
        super("The pickup code drawn for order " + orderNumber + " is held by another active order", refusal);
    }
}
