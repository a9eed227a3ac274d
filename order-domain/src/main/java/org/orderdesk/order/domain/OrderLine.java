package org.orderdesk.order.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Locale;
import org.orderdesk.shared.LocalizedText;
import org.orderdesk.shared.Money;

/**
 * One product in an order, as it was sold: name and price are copied at placing time, so later catalog changes
 * never rewrite an order.
 */
@Embeddable
public class OrderLine {

    @Column(nullable = false, length = 32)
    private String sku;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ru", column = @Column(name = "name_ru", nullable = false, length = 200)),
            @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false, length = 200))})
    private LocalizedText name;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "unit_price", precision = 14, scale = 2, nullable = false))
    private Money unitPrice;

    private int quantity;

    /** Units the customer refused at the pickup desk; the rest of the quantity is what they took. */
    @Column(name = "refused_quantity", nullable = false)
    private int refusedQuantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_reason", length = 20)
    private RefusalReason refusalReason;

    protected OrderLine() {
        // for JPA
    }

    public OrderLine(String sku, LocalizedText name, Money unitPrice, int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("Quantity must be positive: " + quantity);
        }
        this.sku = sku;
        this.name = name;
        this.unitPrice = unitPrice;
        this.quantity = quantity;
    }

    /** Recorded by the order when it is handed over; a line is refused at most once. */
    void refuse(int units, RefusalReason reason) {
        this.refusedQuantity = units;
        this.refusalReason = reason;
    }

    public int refusedQuantity() {
        return refusedQuantity;
    }

    public int takenQuantity() {
        return quantity - refusedQuantity;
    }

    public RefusalReason refusalReason() {
        return refusalReason;
    }

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }

    public String sku() {
        return sku;
    }

    public LocalizedText name() {
        return name;
    }

    public String nameIn(Locale locale) {
        return name.in(locale);
    }

    public Money unitPrice() {
        return unitPrice;
    }

    public int quantity() {
        return quantity;
    }
}
