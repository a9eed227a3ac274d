package org.orderdesk.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A pickup code held by an order that can still be collected: the database's guarantee that no two active orders
 * share a code, whichever server instance placed them. The code is the primary key, so a second order claiming it
 * fails on insert, on Derby and PostgreSQL alike (Derby has no partial index that could make the order's own
 * column unique among active orders only, and its unique constraints on a nullable column are not reported as
 * unique by its metadata). The row is written with the order and deleted when the order reaches a final status,
 * after which the code may be drawn again: codes are unique among active orders only (the desk finds orders
 * waiting under a code), and completed orders of an older release may share codes. See docs/DECISIONS.md.
 */
@Entity
@Table(name = "active_pickup_code")
public class ActivePickupCode {

    /** Text, not a PickupCode: JPA applies no attribute converter to an id. */
    @Id
    @Column(length = PickupCode.LENGTH)
    private String code;

    @Column(name = "order_number", nullable = false, length = OrderNumber.LENGTH)
    private OrderNumber orderNumber;

    protected ActivePickupCode() {
        // for JPA
    }

    public ActivePickupCode(CustomerOrder order) {
        this.code = order.pickupCode().value();
        this.orderNumber = order.number();
    }
}
