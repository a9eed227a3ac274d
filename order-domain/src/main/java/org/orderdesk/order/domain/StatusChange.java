package org.orderdesk.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * One step of an order's history: who moved it, when, from where to where, and why if it was a cancellation (a
 * reason's code and words, either of which may be missing).
 */
@Embeddable
public class StatusChange {

    /** The longest reason kept with a change. */
    public static final int MAX_REASON = 500;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30)
    private OrderStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 30)
    private OrderStatus to;

    @Column(name = "changed_at", nullable = false)
    private Instant at;

    @Column(name = "changed_by", nullable = false, length = 254)
    private String by;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", length = 30)
    private CancelReason reasonCode;

    @Column(length = MAX_REASON)
    private String reason;

    protected StatusChange() {
        // for JPA
    }

    StatusChange(OrderStatus from, OrderStatus to, Instant at, String by, CancellationReason reason) {
        this.from = from;
        this.to = to;
        this.at = at;
        this.by = by;
        if (reason != null) {
            this.reasonCode = reason.code();
            this.reason = reason.words();
        }
    }

    public OrderStatus from() {
        return from;
    }

    public OrderStatus to() {
        return to;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }

    /** The words of the reason as stored: a comment, an operator's words, or an old reason in full. */
    public String reason() {
        return reason;
    }

    /** Why the order was cancelled at this step, or null for any other step. */
    public CancellationReason cancellationReason() {
        return reasonCode == null && reason == null ? null : new CancellationReason(reasonCode, reason);
    }
}
