package org.orderdesk.architecture.cycle.one;

import org.orderdesk.architecture.cycle.two.Right;

/** Half of a deliberate package cycle, which ArchitectureTest's rule must report. */
public class Left {

    Right right;
}
