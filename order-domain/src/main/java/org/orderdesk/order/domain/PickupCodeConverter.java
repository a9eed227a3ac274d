package org.orderdesk.order.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Keeps a pickup code in its text column; a converter for the reasons given at OrderNumberConverter. */
@Converter(autoApply = true)
public class PickupCodeConverter implements AttributeConverter<PickupCode, String> {

    @Override
    public String convertToDatabaseColumn(PickupCode code) {
        return code == null ? null : code.value();
    }

    @Override
    public PickupCode convertToEntityAttribute(String column) {
        return column == null ? null : new PickupCode(column);
    }
}
