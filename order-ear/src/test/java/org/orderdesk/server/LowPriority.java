package org.orderdesk.server;

import java.util.ArrayList;
import java.util.List;

/**
 * Programs started at Linux's lowest CPU priority (the SCHED_IDLE policy, by chrt of util-linux) by a thread that
 * asks for it, and by the threads it starts. The failover test's cluster starts while the Derby phase's other test
 * classes run (ClusterAhead): at this priority its programs take the CPU those classes leave idle, not the CPU they
 * wait for. Nice 19 was not low enough: its weight is per thread, and a starting JVM has dozens of them; beside the
 * cluster's start at nice 19 two classes took 17 s longer than alone, at SCHED_IDLE 7 s (docs/BENCHMARKS.md).
 */
final class LowPriority {

    private static final List<String> IDLE = List.of("chrt", "--idle", "0");

    /** Inheritable: the helper threads a cluster's start makes (PostgreSQL's, each instance's) start theirs too. */
    private static final InheritableThreadLocal<Boolean> ASKED = new InheritableThreadLocal<>() {
        @Override
        protected Boolean initialValue() {
            return false;
        }
    };

    private LowPriority() {
    }

    /** Work that starts programs. */
    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /** Runs the work with its programs at low priority if asked, as before otherwise. */
    static <T, E extends Exception> T call(boolean lower, Work<T, E> work) throws E {
        boolean before = ASKED.get();
        ASKED.set(before || lower);
        try {
            return work.run();
        } finally {
            ASKED.set(before);
        }
    }

    /** The command as this thread starts it. */
    static List<String> command(List<String> arguments) {
        if (!ASKED.get()) {
            return arguments;
        }
        List<String> lowered = new ArrayList<>(IDLE);
        lowered.addAll(arguments);
        return lowered;
    }
}
