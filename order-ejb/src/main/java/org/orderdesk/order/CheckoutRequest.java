package org.orderdesk.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.orderdesk.customer.domain.DeliveryAddress;
import org.orderdesk.order.domain.DeliveryMethod;
import org.orderdesk.order.domain.PaymentMethod;

/**
 * Everything the review page submits. The token was issued when the page was shown; the same token always
 * yields the same order.
 */
public record CheckoutRequest(
        @NotBlank @Size(max = 64) String token,
        @NotEmpty @Size(max = 100) List<@Valid CartLine> lines,
        @NotNull DeliveryMethod deliveryMethod,
        @Valid DeliveryAddress address,
        @Size(max = 20) String pickupPointCode,
        @NotNull PaymentMethod paymentMethod) {
}
