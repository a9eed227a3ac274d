package org.orderdesk.customer.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.orderdesk.security.domain.Account;

/**
 * A customer of the shop. The id is the customer number itself, drawn at random (CustomerNumber.random) so that
 * it reveals nothing about the number of customers; the repository draws again while it is taken. Numbers of
 * customers from before were handed out by a sequence and stay as they are.
 */
@Entity
@Table(name = "customer")
public class Customer {

    /** Most of the shop's customers live on Moscow time; others choose theirs in the profile. */
    public static final String DEFAULT_TIME_ZONE = "Europe/Moscow";

    /** The customer number's digits: JPA converts no id, so number() makes the value object of them. */
    @Id
    private Long number;

    @NotNull
    @OneToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false, unique = true)
    private Account account;

    @Size(max = 30)
    @Pattern(regexp = "\\+?[0-9 ()-]{5,30}")
    @Column(length = 30)
    private String phone;

    @NotNull
    @Pattern(regexp = "ru|en")
    @Column(nullable = false, length = 2)
    private String preferredLanguage;

    /** Where the customer lives in time: order dates and deadlines are shown in it. */
    @NotNull
    @Column(nullable = false, length = 40)
    private String timeZone = DEFAULT_TIME_ZONE;

    @Valid
    @Embedded
    private DeliveryAddress defaultAddress;

    /** The cart kept with the account (SKU to quantity), so it follows the customer to any device. */
    @ElementCollection
    @CollectionTable(name = "customer_cart", joinColumns = @JoinColumn(name = "customer_number"))
    @MapKeyColumn(name = "sku", length = 32)
    @Column(name = "quantity")
    private Map<String, Integer> cart = new LinkedHashMap<>();

    /** The sequence part of this customer's last order number; numbers are never reused. */
    private int lastOrderSequence;

    /**
     * The code of the pickup point the customer's last order to a point went to, which the checkout offers first.
     * Kept here, written under the lock that numbers the order: looking it up in the orders read the customer's
     * whole history on every checkout page (docs/BENCHMARKS.md, "Where the goals of item 3 stand").
     */
    @Size(max = 20)
    @Column(length = 20)
    private String lastPickupPointCode;

    protected Customer() {
        // for JPA
    }

    public Customer(Account account, String phone, String preferredLanguage) {
        this.account = account;
        this.phone = optional(phone);
        this.preferredLanguage = preferredLanguage;
        this.number = CustomerNumber.random().value();
    }

    /** Another random number, when the one drawn belongs to someone already; only before the customer is stored. */
    public void drawAnotherNumber() {
        number = CustomerNumber.random().value();
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Account account() {
        return account;
    }

    public String phone() {
        return phone;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public DeliveryAddress defaultAddress() {
        return defaultAddress;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public void updateContact(String displayName, String newPhone, String language, ZoneId zone) {
        account.rename(displayName);
        this.phone = optional(newPhone);
        this.preferredLanguage = language;
        this.timeZone = zone.getId();
    }

    /** The next order's sequence. Call under a lock of this row: two orders must never get the same one. */
    public int nextOrderSequence() {
        lastOrderSequence++;
        return lastOrderSequence;
    }

    /** An order goes to the pickup point with this code: the next checkout offers it first. */
    public void orderedToPickupPoint(String pickupPointCode) {
        this.lastPickupPointCode = pickupPointCode;
    }

    public Optional<String> lastPickupPointCode() {
        return Optional.ofNullable(lastPickupPointCode);
    }

    public CustomerNumber number() {
        return new CustomerNumber(number);
    }

    public Map<String, Integer> savedCart() {
        return Map.copyOf(cart);
    }

    public void keepCart(Map<String, Integer> quantities) {
        cart.clear();
        quantities.forEach((sku, quantity) -> {
            if (quantity > 0) {
                cart.put(sku, quantity);
            }
        });
    }

    public void useDefaultAddress(DeliveryAddress address) {
        this.defaultAddress = address;
    }
}
