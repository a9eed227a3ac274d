package org.orderdesk.pickup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * An operator's place at a pickup point's counter: the point they serve (chosen once, remembered) and the guard
 * against guessing codes. Five wrong codes in a row pause the desk for a minute, so that nobody can try codes
 * until one fits. Kept in the database, so that the pause holds on every server instance.
 */
@Entity
@Table(name = "pickup_desk")
public class PickupDesk {

    public static final int MAX_WRONG_CODES = 5;
    public static final Duration PAUSE = Duration.ofMinutes(1);

    @Id
    @Column(length = 254)
    private String operatorEmail;

    @ManyToOne(optional = false)
    private PickupPoint point;

    private int wrongCodesInARow;

    private Instant pausedUntil;

    @Version
    private long version;

    protected PickupDesk() {
        // for JPA
    }

    public PickupDesk(String operatorEmail, PickupPoint point) {
        this.operatorEmail = operatorEmail;
        this.point = point;
    }

    public void serve(PickupPoint newPoint) {
        this.point = newPoint;
    }

    public boolean isPaused(Instant now) {
        return pausedUntil != null && now.isBefore(pausedUntil);
    }

    /** Counts a code that matched no order; the fifth in a row pauses the desk. Returns how many in a row. */
    public int recordWrongCode(Instant now) {
        wrongCodesInARow++;
        int inARow = wrongCodesInARow;
        if (wrongCodesInARow >= MAX_WRONG_CODES) {
            pausedUntil = now.plus(PAUSE);
            wrongCodesInARow = 0;
        }
        return inARow;
    }

    public void recordRightCode() {
        wrongCodesInARow = 0;
    }

    public String operatorEmail() {
        return operatorEmail;
    }

    public PickupPoint point() {
        return point;
    }

    public Instant pausedUntil() {
        return pausedUntil;
    }
}
