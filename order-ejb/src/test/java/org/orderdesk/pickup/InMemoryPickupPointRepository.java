package org.orderdesk.pickup;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.orderdesk.pickup.domain.PickupPoint;
import org.orderdesk.platform.InMemoryRows;

public class InMemoryPickupPointRepository extends InMemoryRows<PickupPoint> implements PickupPointRepository {

    @Override
    public List<PickupPoint> findAll() {
        return rows().sorted(Comparator.comparing(PickupPoint::code)).toList();
    }

    @Override
    public Optional<PickupPoint> findByCode(String code) {
        return first(point -> point.code().equals(code));
    }

    @Override
    public void add(PickupPoint point) {
        insert(point);
    }
}
