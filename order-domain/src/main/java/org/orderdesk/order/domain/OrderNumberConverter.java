package org.orderdesk.order.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Keeps an order number in its text column. A converter rather than an @Embeddable: the column names and the
 * queries stay as they are ("o.number = :number", with an OrderNumber as the parameter, "order by o.number"),
 * where an embeddable would need "o.number.value" in each of them, and a record cannot be one.
 */
@Converter(autoApply = true)
public class OrderNumberConverter implements AttributeConverter<OrderNumber, String> {

    @Override
    public String convertToDatabaseColumn(OrderNumber number) {
        return number == null ? null : number.value();
    }

    @Override
    public OrderNumber convertToEntityAttribute(String column) {
        return column == null ? null : new OrderNumber(column);
    }
}
