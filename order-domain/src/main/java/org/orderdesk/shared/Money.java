package org.orderdesk.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An amount of roubles. Always kept at scale 2 so that 10.5 and 10.50 are the same money; never a double,
 * because kopecks must add up exactly on an invoice.
 */
@Embeddable
public class Money implements Serializable, Comparable<Money> {

    private static final long serialVersionUID = 1L;
    public static final Money ZERO = Money.rubles(BigDecimal.ZERO);
    private static final int MAX_FORMATS = 8;
    private static final Map<Locale, NumberFormat> FORMATS = new ConcurrentHashMap<>();

    @Column(name = "amount", precision = 14, scale = 2, nullable = false)
    private BigDecimal amount;

    protected Money() {
        // for JPA
    }

    private Money(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("Money has at most two decimal places (kopecks): " + amount);
        }
        this.amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money rubles(BigDecimal amount) {
        return new Money(amount);
    }

    public static Money rubles(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public BigDecimal amount() {
        return amount;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money times(int quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)));
    }

    /** As customers read it: "2 490,00 ₽" in Russian, "2,490.00 ₽" in English. */
    public String format(Locale locale) {
        return ((NumberFormat) prototypeFor(locale).clone()).format(amount) + " ₽";
    }

    /**
     * The language's format, made once and copied for each use (formats are not thread-safe): looking one up by
     * locale for every price of a page or a mail was a measurable share of checkout. The shop speaks two
     * languages; the bound keeps a caller's odd locales from growing the map.
     */
    private static NumberFormat prototypeFor(Locale locale) {
        NumberFormat known = FORMATS.get(locale);
        if (known != null) {
            return known;
        }
        NumberFormat made = twoDecimals(locale);
        if (FORMATS.size() < MAX_FORMATS) {
            FORMATS.putIfAbsent(locale, made);
        }
        return made;
    }

    private static NumberFormat twoDecimals(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format;
    }

    /** Zero in any scale: 0 and 0.00 rubles are both nothing to pay. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int hashCode() {
        return amount.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " RUB";
    }
}
