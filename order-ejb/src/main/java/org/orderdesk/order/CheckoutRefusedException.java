package org.orderdesk.order;

import org.orderdesk.platform.RefusedException;

/** The order could not be placed; nothing was changed. The reason says what to tell the customer. */
public class CheckoutRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    /** Why an order was refused. */
    public enum Reason {
        OUT_OF_STOCK,
        PRODUCT_GONE,
        NO_DELIVERY_ADDRESS,
        UNKNOWN_PICKUP_POINT,
        TOO_MANY_ORDERS,
        /** More units of one product than one order may take; available() says how many it may. */
        TOO_MANY_UNITS,
        /** The customer already has as many orders waiting for payment as allowed; available() says how many. */
        TOO_MANY_UNPAID,
        /** The customer's e-mail address waits for its verification link: no order before it works. */
        EMAIL_NOT_VERIFIED
    }

    private final String sku;
    private final int available;

    public CheckoutRefusedException(Reason reason, String sku, int available) {
        super("checkout", reason, sku == null ? null : sku + ", available " + available);
        this.sku = sku;
        this.available = available;
    }

    public CheckoutRefusedException(Reason reason) {
        this(reason, null, 0);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }

    public String sku() {
        return sku;
    }

    public int available() {
        return available;
    }
}
