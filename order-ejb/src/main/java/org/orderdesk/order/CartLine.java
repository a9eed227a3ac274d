package org.orderdesk.order;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A product and how many of it the customer wants; prices are never taken from the client. */
public record CartLine(@NotBlank @Size(max = 32) String sku, @Min(1) @Max(CartLine.MAX_QUANTITY) int quantity) {

    public static final int MAX_QUANTITY = 99;
}
