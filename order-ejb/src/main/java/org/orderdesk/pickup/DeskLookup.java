package org.orderdesk.pickup;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What the desk says about a code. Only FOUND shows anything about an order; the other answers say why there is
 * nothing to hand over here without telling whose order it is.
 */
public record DeskLookup(Outcome outcome, List<DeskOrder> orders, Instant pausedUntil) implements Serializable {

    /** The desk's answers. */
    public enum Outcome {
        FOUND,
        NO_SUCH_CODE,
        AT_ANOTHER_POINT,
        NOT_YET_ARRIVED,
        PAUSED,
        NO_POINT_CHOSEN
    }

    static DeskLookup only(Outcome outcome) {
        return new DeskLookup(outcome, List.of(), null);
    }
}
