package org.orderdesk.pickup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A pickup code an operator looked up that found nothing for them: at their desk, no order waiting at their point
 * under it; in the console's search, no order at all. Only the operator, the point and the time are kept, never
 * the code (it may be another customer's real one). Counted in three sliding windows, so that neither one
 * operator, nor the staff of one point together, nor everyone together can try codes until one fits. In the
 * database, so that the count holds on every server instance.
 */
@Entity
@Table(name = "pickup_code_try", indexes = {
        @Index(name = "ix_code_try_operator", columnList = "operator_email, tried_at"),
        @Index(name = "ix_code_try_point", columnList = "point_code, tried_at"),
        @Index(name = "ix_code_try_time", columnList = "tried_at")})
public class PickupCodeTry {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    /** One operator: room for the slips of a long shift's quarter hour, far too little to guess an 8-digit code. */
    public static final TryWindow PER_OPERATOR = new TryWindow(8, WINDOW);
    /** Everyone at one point: a busy counter with several operators. */
    public static final TryWindow PER_POINT = new TryWindow(20, WINDOW);
    /** Everyone everywhere: operators working together from many points. */
    public static final TryWindow OVERALL = new TryWindow(200, WINDOW);

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "operator_email", nullable = false, length = 254)
    private String operatorEmail;

    /** The desk's point; none for a look-up in the console's search. */
    @Column(name = "point_code", length = 20)
    private String pointCode;

    @Column(name = "tried_at", nullable = false)
    private Instant triedAt;

    protected PickupCodeTry() {
        // for JPA
    }

    public PickupCodeTry(String operatorEmail, String pointCode, Instant triedAt) {
        this.operatorEmail = operatorEmail;
        this.pointCode = pointCode;
        this.triedAt = triedAt;
    }

    /** Older tries count in no window. */
    public static Instant forgottenBefore(Instant now) {
        return now.minus(WINDOW);
    }
}
