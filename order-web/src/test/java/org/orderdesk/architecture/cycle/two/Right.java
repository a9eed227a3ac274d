package org.orderdesk.architecture.cycle.two;

import org.orderdesk.architecture.cycle.one.Left;

/** The other half of the deliberate package cycle. */
public class Right {

    Left left;
}
