package org.orderdesk.order;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What the desk says about a code. Only FOUND shows anything about an order. Every other code is NOT_HERE, whether
 * no order carries it, its order waits at another point or is still on its way: a finer answer would tell someone
 * trying codes that they hit a real one.
 */
public record DeskLookup(Outcome outcome, List<DeskOrder> orders, Instant pausedUntil) implements Serializable {

    /** The desk's answers. */
    public enum Outcome {
        FOUND,
        NOT_HERE,
        PAUSED,
        NO_POINT_CHOSEN
    }

    static DeskLookup only(Outcome outcome) {
        return new DeskLookup(outcome, List.of(), null);
    }
}
