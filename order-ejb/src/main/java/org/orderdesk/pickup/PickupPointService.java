package org.orderdesk.pickup;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.orderdesk.platform.Refreshing;

/**
 * The pickup points customers can choose from. Every checkout page lists them and they change seldom, so the
 * list is shared by all requests and read again once a minute. Application-scoped rather than a stateless EJB:
 * it holds that shared list.
 */
@ApplicationScoped
public class PickupPointService {

    private static final Duration READ_AGAIN_AFTER = Duration.ofMinutes(1);

    @Inject
    private PickupPointRepository points;

    @Inject
    private Clock clock;

    private Refreshing<List<PickupPointView>> all;

    @PostConstruct
    void start() {
        all = new Refreshing<>(READ_AGAIN_AFTER, clock,
                () -> points.findAll().stream().map(PickupPointView::of).toList());
    }

    public List<PickupPointView> all() {
        return all.get();
    }
}
