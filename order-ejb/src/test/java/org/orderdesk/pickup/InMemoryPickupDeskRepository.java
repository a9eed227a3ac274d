package org.orderdesk.pickup;

import java.util.Optional;
import org.orderdesk.pickup.domain.PickupDesk;
import org.orderdesk.platform.InMemoryRows;

/** PickupDeskRepository in memory; the lock is a no-op in one thread. */
public class InMemoryPickupDeskRepository extends InMemoryRows<PickupDesk> implements PickupDeskRepository {

    @Override
    public Optional<PickupDesk> find(String operatorEmail) {
        return first(desk -> desk.operatorEmail().equals(operatorEmail));
    }

    @Override
    public Optional<PickupDesk> findForUpdate(String operatorEmail) {
        return find(operatorEmail);
    }

    @Override
    public void add(PickupDesk desk) {
        insert(desk);
    }
}
