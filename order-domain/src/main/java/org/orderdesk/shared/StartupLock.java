package org.orderdesk.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row that instances starting at the same time on one database lock in turn, so that work done once per
 * database at start-up (seeding) runs in one instance while the others wait and then find it done. The rows are
 * made by the migrations; nothing else is kept in them.
 */
@Entity
@Table(name = "startup_lock")
public class StartupLock {

    /** Held while an instance seeds the shop. */
    public static final String SEEDING = "seeding";

    @Id
    @Column(length = 40)
    private String name;

    protected StartupLock() {
    }
}
