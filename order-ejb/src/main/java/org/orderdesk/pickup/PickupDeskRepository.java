package org.orderdesk.pickup;

import java.util.Optional;
import org.orderdesk.pickup.domain.PickupDesk;

/** Where operators' desks are kept. */
public interface PickupDeskRepository {

    Optional<PickupDesk> find(String operatorEmail);

    /** Locks the desk's row until the transaction ends, so that concurrent lookups count wrong codes exactly. */
    Optional<PickupDesk> findForUpdate(String operatorEmail);

    void add(PickupDesk desk);
}
