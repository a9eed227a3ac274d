package org.orderdesk.pickup;

import java.util.List;
import java.util.Optional;
import org.orderdesk.pickup.domain.PickupPoint;

/** Where the pickup points are kept. */
public interface PickupPointRepository {

    List<PickupPoint> findAll();

    Optional<PickupPoint> findByCode(String code);

    void add(PickupPoint point);
}
