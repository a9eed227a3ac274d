package org.orderdesk.pickup;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** The pickup points customers can choose from. */
@Stateless
public class PickupPointService {

    @Inject
    private PickupPointRepository points;

    public List<PickupPoint> all() {
        return points.findAll();
    }
}
