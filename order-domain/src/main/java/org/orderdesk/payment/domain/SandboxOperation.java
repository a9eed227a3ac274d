package org.orderdesk.payment.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import org.orderdesk.shared.Money;

/**
 * One charge or refund the sandbox processor answered, under the idempotency key it was asked with: its ledger.
 * A real processor keeps the same, on its side of the wire; the sandbox keeps it in the shop's database, written
 * in a transaction of its own, so that it outlives a shop transaction that rolls back, as a real charge would.
 */
@Entity
@Table(name = "sandbox_payment", indexes = @Index(name = "ix_sandbox_payment_order", columnList = "orderNumber"))
public class SandboxOperation {

    /** Whether money went to the shop or back to the card. */
    public enum Kind {
        CHARGE,
        REFUND
    }

    @Id
    @Column(length = 64)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(nullable = false, length = 13)
    private String orderNumber;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount", precision = 14, scale = 2, nullable = false))
    private Money amount;

    @Column(nullable = false)
    private boolean approved;

    @Column(length = 4)
    private String cardLastDigits;

    @Column(nullable = false)
    private Instant answeredAt;

    protected SandboxOperation() {
        // for JPA
    }

    public SandboxOperation(String idempotencyKey, Kind kind, String orderNumber, Money amount, boolean approved,
                            String cardLastDigits, Instant answeredAt) {
        this.idempotencyKey = idempotencyKey;
        this.kind = kind;
        this.orderNumber = orderNumber;
        this.amount = amount;
        this.approved = approved;
        this.cardLastDigits = cardLastDigits;
        this.answeredAt = answeredAt;
    }

    /**
     * Whether a request with this operation's key asks for the same thing. A key sent again with other parameters
     * is a client's bug, which processors refuse rather than guess at.
     */
    public boolean isSameRequest(Kind otherKind, String otherOrderNumber, Money otherAmount) {
        return kind == otherKind && orderNumber.equals(otherOrderNumber) && amount.equals(otherAmount);
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public Kind kind() {
        return kind;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public Money amount() {
        return amount;
    }

    public boolean isApproved() {
        return approved;
    }

    public String cardLastDigits() {
        return cardLastDigits;
    }
}
