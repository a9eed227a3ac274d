package org.orderdesk.web.order;

import jakarta.faces.convert.FacesConverter;
import org.orderdesk.order.domain.PickupCode;
import org.orderdesk.web.platform.IdentityConverter;

/** Every field of type PickupCode: the code the operator types or scans at the pickup desk. */
@FacesConverter(forClass = PickupCode.class)
public class PickupCodeFacesConverter extends IdentityConverter<PickupCode> {

    public PickupCodeFacesConverter() {
        super(PickupCode::new, "pickupCode.malformed");
    }
}
