package org.orderdesk.web.customer;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import java.util.Set;
import org.omnifaces.util.Messages;
import org.orderdesk.customer.domain.DeliveryAddress;

/** Checks an address against DeliveryAddress's rules and puts each problem next to its field in the form. */
public final class AddressValidation {

    private AddressValidation() {
    }

    public static Optional<DeliveryAddress> validAddress(AddressForm form, String formId) {
        DeliveryAddress address = form.toAddress();
        Set<ConstraintViolation<DeliveryAddress>> violations = CDI.current().select(Validator.class).get()
                .validate(address);
        violations.forEach(v -> Messages.addError(formId + ":" + v.getPropertyPath(),
                v.getConstraintDescriptor().getAnnotation() instanceof Pattern ? "checkout.postcodeInvalid"
                        : "validation.required"));
        return violations.isEmpty() ? Optional.of(address) : Optional.empty();
    }
}
