package org.orderdesk.catalog.domain;

/** Thrown when an order asks for more units than are left; carries what is left so the customer can be told. */
public class InsufficientStockException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String sku;
    private final int available;

    public InsufficientStockException(String sku, int requested, int available) {
        super("Only " + available + " of " + sku + " left, " + requested + " requested");
        this.sku = sku;
        this.available = available;
    }

    public String sku() {
        return sku;
    }

    public int available() {
        return available;
    }
}
