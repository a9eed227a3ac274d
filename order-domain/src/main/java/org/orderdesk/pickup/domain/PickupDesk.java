package org.orderdesk.pickup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An operator's place at a pickup point's counter: the point they serve (chosen once, remembered). Its row is
 * locked while a code is looked up, so that one operator's look-ups are counted one after the other
 * ({@link PickupCodeTry}).
 */
@Entity
@Table(name = "pickup_desk")
public class PickupDesk {

    @Id
    @Column(length = 254)
    private String operatorEmail;

    @ManyToOne(optional = false)
    private PickupPoint point;

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

    public String operatorEmail() {
        return operatorEmail;
    }

    public PickupPoint point() {
        return point;
    }
}
