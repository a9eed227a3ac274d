package org.orderdesk.catalog.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import org.orderdesk.shared.LocalizedText;
import org.orderdesk.shared.Money;

/**
 * Something the shop sells. Stock is the number of units that can still be promised to customers; it never goes
 * below zero, and the version column makes two checkouts racing for the last unit collide instead of both winning.
 */
@Entity
@Table(name = "product", indexes = @Index(name = "ix_product_category", columnList = "category_id"))
public class Product {

    @Id
    @GeneratedValue
    private Long id;

    @NotNull
    @Pattern(regexp = "[A-Z0-9-]{3,32}")
    @Column(nullable = false, unique = true, length = 32)
    private String sku;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Category category;

    @Valid
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ru", column = @Column(name = "name_ru", nullable = false, length = 200)),
            @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false, length = 200))})
    private LocalizedText name;

    @Valid
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ru", column = @Column(name = "description_ru", nullable = false, length = 2000)),
            @AttributeOverride(name = "en", column = @Column(name = "description_en", nullable = false, length = 2000))})
    private LocalizedText description;

    @NotNull
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "price", precision = 14, scale = 2, nullable = false))
    private Money price;

    @Min(0)
    private int stock;

    @Version
    private long version;

    protected Product() {
        // for JPA
    }

    public Product(String sku, Category category, LocalizedText name, LocalizedText description, Money price,
                   int stock) {
        if (price.isNegative()) {
            throw new IllegalArgumentException("A price cannot be negative: " + price);
        }
        if (stock < 0) {
            throw new IllegalArgumentException("Stock cannot be negative: " + stock);
        }
        this.sku = sku;
        this.category = category;
        this.name = name;
        this.description = description;
        this.price = price;
        this.stock = stock;
    }

    /** Takes units out of stock for an order; refuses rather than letting stock go below zero. */
    public void reserve(int quantity) {
        requirePositive(quantity);
        if (quantity > stock) {
            throw new InsufficientStockException(sku, quantity, stock);
        }
        stock -= quantity;
    }

    /** Puts units back, for a cancelled or returned order. */
    public void release(int quantity) {
        requirePositive(quantity);
        stock += quantity;
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("Quantity must be positive: " + quantity);
        }
    }

    public boolean isAvailable() {
        return stock > 0;
    }

    public Long id() {
        return id;
    }

    public String sku() {
        return sku;
    }

    public Category category() {
        return category;
    }

    public LocalizedText name() {
        return name;
    }

    public String nameIn(Locale locale) {
        return name.in(locale);
    }

    public LocalizedText description() {
        return description;
    }

    public String descriptionIn(Locale locale) {
        return description.in(locale);
    }

    public Money price() {
        return price;
    }

    public int stock() {
        return stock;
    }
}
